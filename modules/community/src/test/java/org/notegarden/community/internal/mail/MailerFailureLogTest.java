package org.notegarden.community.internal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mail server that cannot be reached is logged in one line; other mail failures keep their stack trace. */
class MailerFailureLogTest {
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(Mailer.class.getName());
    private final Mailer mailer = new Mailer(null, Optional.of("127.0.0.1"), 2525, "Notegarden <no-reply@example.org>",
            Optional.empty(), Optional.empty(), false);

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void anUnreachableServerIsOneLineNamingItAndTheCause() {
        // As Angus Mail reports it: a MessagingException (MailConnectException) whose cause is the socket's.
        mailer.logFailure("ann@example.org", new MessagingException("Couldn't connect to host, port: 127.0.0.1, 2525; timeout 10000",
                new ConnectException("Connection refused")));
        assertEquals(1, records.size());
        LogRecord r = records.get(0);
        assertNull(r.getThrown(), "no stack trace");
        assertTrue(r.getMessage().contains("ann@example.org") && r.getMessage().contains("127.0.0.1:2525")
                && r.getMessage().contains("Connection refused"), r.getMessage());
    }

    @Test
    void anyOtherFailureKeepsItsStackTrace() {
        mailer.logFailure("ann@example.org", new MessagingException("535 5.7.8 Authentication failed"));
        assertEquals(1, records.size());
        assertNotNull(records.get(0).getThrown());
    }
}
