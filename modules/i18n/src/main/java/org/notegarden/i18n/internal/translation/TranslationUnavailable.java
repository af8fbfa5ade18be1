package org.notegarden.i18n.internal.translation;

/** A remote translation service failed or said something we cannot use; callers answer 502. */
public class TranslationUnavailable extends RuntimeException {
    public TranslationUnavailable(String message) {
        super(message);
    }
}
