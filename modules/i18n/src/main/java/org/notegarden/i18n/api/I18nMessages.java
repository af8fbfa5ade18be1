package org.notegarden.i18n.api;

import org.notegarden.platform.api.MessageKey;

/**
 * The i18n module's server messages.
 * The English text and its translations are in {@code org/notegarden/i18n/problems*.properties}.
 */
public enum I18nMessages implements MessageKey {
    MUST_BE_EN_OR_ZH;

    @Override
    public String bundle() {
        return "org.notegarden.i18n.problems";
    }
}
