package org.notegarden.community.internal.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SuggestionMemoryTest {
    @Test
    void normalisingIgnoresCaseWidthAndSpacing() {
        assertEquals("oat latte, three ways", SuggestionMemory.normalise("  Oat   Latte,\tthree WAYS "));
        assertEquals("abc123", SuggestionMemory.normalise("ＡＢＣ１２３"));
    }
}
