package org.notegarden.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.MessageKey;

class MessageBundlesCheckTest {
    /** Keys of a deliberately broken bundle ({@code testing/broken*.properties}). */
    enum Broken implements MessageKey {
        FINE, MISSING_IN_TAIWAN, WRONG_SLOTS, LEFT_IN_ENGLISH, FORMATTED, NOWHERE;

        @Override
        public String bundle() {
            return "org.notegarden.platform.testing.broken";
        }
    }

    @Test
    void findsEveryKindOfGap() {
        assertEquals(List.of(
                "MISSING_IN_TAIWAN has no zh-TW pattern",
                "WRONG_SLOTS in zh-CN has slots [{1}], English has [{0}]",
                "LEFT_IN_ENGLISH in zh-CN is not in Chinese: too fast",
                "FORMATTED formats a value ({0,number,#}); values are text, write {n}",
                "NOWHERE has no English pattern in org.notegarden.platform.testing.broken",
                "org.notegarden.platform.testing.broken has STRAY, which Broken does not declare"),
                MessageBundlesCheck.problems(Broken.class));
    }
}
