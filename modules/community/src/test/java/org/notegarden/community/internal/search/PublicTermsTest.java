package org.notegarden.community.internal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PublicTermsTest {
    @Test
    void wordsInAnyScriptAreReadable() {
        assertTrue(PublicTerms.readable("咖啡"));
        assertTrue(PublicTerms.readable("latte art"));
        assertTrue(PublicTerms.readable("#OOTD 穿搭"));
        assertTrue(PublicTerms.readable("H&M"));
        assertTrue(PublicTerms.readable("café crème"));
        assertTrue(PublicTerms.readable("l'oréal"));
    }

    @Test
    void markupCodeAndLinksAreNot() {
        assertFalse(PublicTerms.readable("<img src=x onerror=alert(1)>"));
        assertFalse(PublicTerms.readable("{{7*7}}"));
        assertFalse(PublicTerms.readable("'; drop table cm_note; --"));
        assertFalse(PublicTerms.readable("www.cheap-followers.com"));
        assertFalse(PublicTerms.readable("buy at shop.cn"));
        assertFalse(PublicTerms.readable("   "));
    }
}
