package org.notegarden.community.internal.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.platform.api.Causes;

/**
 * Sends e-mail through the operator's SMTP server ({@code notegarden.mail.host}, {@code .port},
 * {@code .from}, {@code .user}, {@code .password}, {@code .starttls}). A message is queued with
 * {@link #send} inside a transaction and leaves only after it commits, on a container thread, so
 * a slow or failing mail server never delays or fails the request; a failure is logged. Without
 * a host nothing is sent (and a warning says so): the links those messages carry are secrets,
 * so they are never written to the log instead.
 */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    Event<MailRequested> requests;
    @Resource
    ManagedExecutorService executor;
    Optional<String> host;
    int port;
    String from;
    Optional<String> user;
    Optional<String> password;
    boolean starttls;

    @Inject
    public Mailer(Event<MailRequested> requests, @ConfigProperty(name = "notegarden.mail.host") Optional<String> host,
            @ConfigProperty(name = "notegarden.mail.port", defaultValue = "25") int port,
                    @ConfigProperty(name = "notegarden.mail.from",
                            defaultValue = "Notegarden <no-reply@notegarden.invalid>") String from,
                                    @ConfigProperty(name = "notegarden.mail.user") Optional<String> user,
                                            @ConfigProperty(name = "notegarden.mail.password") Optional<String> password, @ConfigProperty(name = "notegarden.mail.starttls", defaultValue = "false") boolean starttls) {
        this.requests = requests;
        this.host = host;
        this.port = port;
        this.from = from;
        this.user = user;
        this.password = password;
        this.starttls = starttls;
    }

    /** For the CDI container's proxy only. */
    protected Mailer() {
    }

    /** Queues a message; it is sent once the current transaction commits (at once without one). */
    public void send(String to, String subject, String text) {
        requests.fire(new MailRequested(to, subject, text));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequested mail) {
        executor.execute(() -> deliver(mail));
    }

    private void deliver(MailRequested mail) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.warning(() -> "no SMTP server configured (notegarden.mail.host): a message to " + mail.to() + " was not sent");
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        Authenticator auth = null;
        if (user.isPresent() && !user.get().isBlank()) {
            props.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            };
        }
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(props, auth));
            m.setFrom(new InternetAddress(from));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            m.setSubject(mail.subject(), "UTF-8");
            m.setText(mail.text(), "UTF-8");
            Transport.send(m);
        } catch (MessagingException e) {
            logFailure(mail.to(), e);
        }
    }

    /**
     * A mail server that cannot be reached is one line per message: its stack trace says nothing
     * the cause's own message does not, and while the server is down every message would log
     * the same sixty lines (a test run logged 923 of them). Anything else — a refused login,
     * a rejected address — keeps its stack trace.
     */
    void logFailure(String to, MessagingException e) {
        Optional<Throwable> unreachable = unreachable(e);
        if (unreachable.isPresent()) {
            LOG.warning(() -> "mail to " + to + " could not be sent: the SMTP server " + host.orElse("") + ":" + port
                    + " cannot be reached (" + unreachable.get() + ")");
        } else {
            LOG.log(Level.WARNING, "mail to " + to + " could not be sent", e);
        }
    }

    /** The connection failure behind a messaging failure, if that is what it was. */
    static Optional<Throwable> unreachable(Throwable e) {
        return Causes.first(e, t -> t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException
                || t instanceof java.net.UnknownHostException || t instanceof java.net.NoRouteToHostException);
    }
}
