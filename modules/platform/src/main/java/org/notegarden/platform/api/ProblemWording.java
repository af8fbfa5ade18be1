package org.notegarden.platform.api;

import java.util.Locale;

/**
 * Puts a problem's English text into the reader's language. The i18n module implements it with
 * its catalogue; the platform's exception mappers call it for every title, detail and field
 * message, so modules keep writing plain English and never pass a locale around.
 */
public interface ProblemWording {
    /** The reader's language: the account's own setting, then Accept-Language, then English. */
    Locale readerLocale(String accountLocale, String acceptLanguage);

    /** {@code english} worded for {@code locale}; {@code english} itself when the catalogue has nothing for it. */
    String word(String english, Locale locale);
}
