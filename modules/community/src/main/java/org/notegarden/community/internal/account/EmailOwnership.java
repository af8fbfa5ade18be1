package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.mail.Mailer;
import org.notegarden.i18n.api.Messages;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Problems;

/**
 * Who owns an e-mail address, proved by a link sent there, and what that ownership allows:
 * resetting a forgotten password. Answers never say whether an address belongs to an account:
 * a reset request is accepted the same way for any address, and a sign-up with an address
 * someone already proved creates an account that can never prove it.
 *
 * <p>Links point at {@code notegarden.public-url} (never at the Host header a request claims,
 * which would let anyone send a reset link that leads to their own site) and carry the token in
 * the URL fragment, which browsers do not send to servers.
 */
@ApplicationScoped
public class EmailOwnership {
    AccountTokens tokens;
    Mailer mailer;
    Messages messages;
    Clock clock;
    AccountService accounts;
    String publicUrl;

    AccountRepository accountRepository;

    @Inject
    public EmailOwnership(AccountTokens tokens, Mailer mailer, Messages messages, Clock clock,
            AccountService accounts, @ConfigProperty(name = "notegarden.public-url",
                    defaultValue = "http://localhost:8080") String publicUrl, AccountRepository accountRepository) {
        this.accountRepository = accountRepository;
        this.tokens = tokens;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
    }

    /** For the CDI container's proxy only. */
    protected EmailOwnership() {
    }

    /** Sends the address a link that proves it (after sign-up, or when asked again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askToVerify(Account account) {
        String link = link("verify-email", tokens.issue(account.getId(), AccountTokens.Purpose.VERIFY_EMAIL));
        Locale locale = localeOf(account);
        mailer.send(account.getEmail(), messages.get(locale, "mail.verify.subject"),
                messages.get(locale, "mail.verify.body", account.getHandle(), link));
    }

    @Transactional
    public void resendVerification(long accountId) {
        Account a = accountRepository.byId(accountId).orElseThrow(Problems::unauthenticated);
        if (a.isEmailVerified()) {
            throw Problems.conflict("email", CommunityMessages.ADDRESS_IS_ALREADY_VERIFIED);
        }
        askToVerify(a);
    }

    /** The link was followed: the address is the account's, unless another account proved it first. */
    @Transactional
    public Account verify(String token) {
        long accountId = tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL).orElseThrow(EmailOwnership::badToken);
        Account a = accountRepository.byId(accountId).orElseThrow(EmailOwnership::badToken);
        if (accounts.findByVerifiedEmail(a.getEmail()).filter(other -> other.getId() != accountId).isPresent()) {
            throw new ProblemException(409, Problems.BASE + "conflict",
                    Message.of(CommunityMessages.ALREADY_TAKEN_TITLE),
                            Message.of(CommunityMessages.ADDRESS_ALREADY_BELONGS_TO_ANOTHER_ACCOUNT),
                    List.of(new FieldError("token", CommunityMessages.ADDRESS_BELONGS_TO_ANOTHER_ACCOUNT)), null);
        }
        a.emailVerified(clock.instant());
        return a;
    }

    /** Always accepted; a link goes out only when the address belongs to an account. */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw Problems.invalid("email", CommunityMessages.MUST_BE_E_MAIL_ADDRESS);
        }
        accounts.findByVerifiedEmail(email.strip()).filter(a -> !a.isTerminated()).ifPresent(a -> {
            String link = link("reset-password", tokens.issue(a.getId(), AccountTokens.Purpose.RESET_PASSWORD));
            Locale locale = localeOf(a);
            mailer.send(a.getEmail(), messages.get(locale, "mail.reset.subject"), messages.get(locale,
                    "mail.reset.body", a.getHandle(), link));
        });
    }

    /** A new password through a reset link; every session of the account ends. */
    @Transactional
    public void resetPassword(String token, String password) {
        long accountId = tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD).orElseThrow(EmailOwnership::badToken);
        accounts.replacePassword(accountRepository.byId(accountId).orElseThrow(EmailOwnership::badToken), password);
    }

    private static ProblemException badToken() {
        return Problems.invalid("token", CommunityMessages.LINK_IS_INVALID_USED_OR_EXPIRED_ASK_FOR);
    }

    private String link(String page, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/#/" + page + "?token=" + token;
    }

    private static Locale localeOf(Account a) {
        return a.getLocale() == null || a.getLocale().isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(a.getLocale());
    }
}
