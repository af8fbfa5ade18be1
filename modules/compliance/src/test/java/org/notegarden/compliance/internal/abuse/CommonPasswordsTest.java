package org.notegarden.compliance.internal.abuse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommonPasswordsTest {
    private static final CommonPasswords LIST = CommonPasswords.load();

    @Test
    void theMostCommonLeakedPasswordsAreKnownWithoutCase() {
        assertTrue(LIST.isCommon("12345678"));
        assertTrue(LIST.isCommon("password1"));
        assertTrue(LIST.isCommon("PASSWORD1"), "guessers try both cases");
        assertFalse(LIST.isCommon("correct horse 1"));
        assertFalse(LIST.isCommon(null));
        assertTrue(LIST.size() > 10_000 && LIST.size() < CommonPasswords.KEPT, "only the long enough of the first 100,000: " + LIST.size());
    }
}
