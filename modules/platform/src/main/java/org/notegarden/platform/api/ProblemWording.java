package org.notegarden.platform.api;

import java.util.Locale;

/**
 * Words a server message in the reader's language. The i18n module implements it (ICU
 * MessageFormat over the owning module's bundle); the platform's exception mappers call it for
 * every title, detail and field message, so modules never pass a locale around.
 */
public interface ProblemWording {
    /** The reader's language: the account's own setting, then Accept-Language, then English. */
    Locale readerLocale(String accountLocale, String acceptLanguage);

    /** {@code message} in {@code locale}; in English when its bundle has nothing for that language. */
    String word(Message message, Locale locale);
}
