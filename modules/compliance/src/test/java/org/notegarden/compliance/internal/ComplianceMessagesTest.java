package org.notegarden.compliance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.testing.MessageBundlesCheck;

/** Every key this module writes has its English, 简体中文 and 繁體中文 pattern, with the same slots. */
class ComplianceMessagesTest {
    @Test
    void everyKeyIsWordedInEveryLanguage() {
        assertEquals(List.of(), MessageBundlesCheck.problems(ComplianceMessages.class));
    }
}
