package org.notegarden.i18n.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemWording;

/**
 * Server messages in the reader's language: the message's key is looked up in the bundle of the
 * module that owns it ({@code problems.properties}, {@code _zh_CN}, {@code _zh_TW}) and formatted
 * with ICU MessageFormat; values that are messages themselves are worded first. A key missing in
 * one language falls back to English (each module's unit test keeps that from happening).
 */
@ApplicationScoped
public class ProblemCatalog implements ProblemWording {
    private static final Logger LOG = Logger.getLogger(ProblemCatalog.class.getName());

    Messages messages;

    @Inject
    public ProblemCatalog(Messages messages) {
        this.messages = messages;
    }

    /** For the CDI container's proxy only. */
    protected ProblemCatalog() {
    }

    @Override
    public Locale readerLocale(String accountLocale, String acceptLanguage) {
        if (accountLocale != null && !accountLocale.isBlank()) {
            return messages.negotiate(accountLocale);
        }
        return messages.negotiate(acceptLanguage);
    }

    @Override
    public String word(Message message, Locale locale) {
        Locale bundleLocale = locale.getLanguage().equals("zh") ? locale : Locale.ROOT;
        String pattern = Message.pattern(message.key(), bundleLocale);
        Object[] values = message.args().stream().map(a -> a instanceof Message m ? word(m, locale) : a).toArray();
        try {
            return new MessageFormat(pattern, ULocale.forLocale(locale)).format(values);
        } catch (IllegalArgumentException e) {
            // A pattern ICU cannot apply to these values must not turn a clear 4xx into a raw 500.
            LOG.log(Level.WARNING, "message " + message.key() + " cannot be formatted in " + locale + "; answered in plain English", e);
            return message.english();
        }
    }
}
