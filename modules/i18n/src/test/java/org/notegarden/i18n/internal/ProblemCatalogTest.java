package org.notegarden.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.MessageKey;
import org.notegarden.platform.api.PlatformMessages;

class ProblemCatalogTest {
    /** Keys of a bundle made for this test ({@code internal/sample*.properties}). */
    enum Sample implements MessageKey {
        NOT_ENOUGH_STOCK, METHOD_NOT_AVAILABLE, ONLY_IN_ENGLISH, BAD_FORMAT;

        @Override
        public String bundle() {
            return "org.notegarden.i18n.internal.sample";
        }
    }

    private final ProblemCatalog catalog = catalog();

    private static ProblemCatalog catalog() {
        ProblemCatalog c = new ProblemCatalog();
        c.messages = new BundleMessages();
        return c;
    }

    @Test
    void aKeyIsWordedFromItsModulesBundleWithItsValuesFilledIn() {
        Message m = Message.of(Sample.NOT_ENOUGH_STOCK, "Oolong", 12);
        assertEquals("not enough stock left for Oolong (12 left)", catalog.word(m, Locale.ENGLISH));
        assertEquals("Oolong 库存不足（剩 12 件）", catalog.word(m, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Oolong 庫存不足（剩 12 件）", catalog.word(m, Locale.TRADITIONAL_CHINESE));
        assertEquals("not enough stock left for Oolong (12 left)", m.english(), "the platform's English agrees");
    }

    @Test
    void aMessageInsideAMessageIsWordedInTheSameLanguage() {
        Message inner = Message.of(Sample.NOT_ENOUGH_STOCK, "咖啡豆", 1234);
        Message detail = Message.of(PlatformMessages.FIELD_PROBLEM, "items[0].quantity", inner);
        assertEquals("items[0].quantity: 咖啡豆 库存不足（剩 1234 件）", catalog.word(detail, Locale.SIMPLIFIED_CHINESE),
                "ids and counts are shown as the code gave them, never regrouped as 1,234");
    }

    @Test
    void apostrophesAreTextAndVerbatimTextStaysAsWritten() {
        Message m = Message.of(Sample.METHOD_NOT_AVAILABLE, "sandbox-card");
        assertEquals("no payment method 'sandbox-card' is available", catalog.word(m, Locale.ENGLISH));
        assertEquals("no payment method 'sandbox-card' is available", m.english());
        assertEquals("支付方式“sandbox-card”不可用", catalog.word(m, Locale.SIMPLIFIED_CHINESE));
        assertEquals("card declined {by issuer}", catalog.word(Message.verbatim("card declined {by issuer}"), Locale.TRADITIONAL_CHINESE));
    }

    @Test
    void aPatternThatCannotFormatItsValuesStillAnswersInWords() {
        assertEquals("at most {0,number,#} a day", Message.pattern(Sample.BAD_FORMAT, Locale.ROOT), "the pattern asks for a number");
        String worded = catalog.word(Message.of(Sample.BAD_FORMAT, 5), Locale.SIMPLIFIED_CHINESE);
        assertEquals(Message.of(Sample.BAD_FORMAT, 5).english(), worded, "text values cannot be numbers: plain English, no exception");
    }

    @Test
    void aKeyMissingInOneLanguageFallsBackToEnglishNotToTheKey() {
        assertEquals("only in English", catalog.word(Message.of(Sample.ONLY_IN_ENGLISH), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theAccountsOwnLanguageComesBeforeTheBrowsers() {
        assertEquals(Locale.TRADITIONAL_CHINESE, catalog.readerLocale("zh-TW", "en-US,en;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.readerLocale("en", "zh-CN"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, catalog.readerLocale(null, "zh-CN,zh;q=0.9"));
        assertEquals(Locale.ENGLISH, catalog.readerLocale(null, null));
    }
}
