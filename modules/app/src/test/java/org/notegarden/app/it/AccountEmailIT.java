package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;
import org.notegarden.app.it.ApiClient.User;

/**
 * E-mail that proves an address and resets a forgotten password, through a real SMTP server
 * (GreenMail, on the port the run gives the app as NOTEGARDEN_MAIL_PORT) — and answers that never
 * tell whether an address has an account.
 */
@WholeApp
class AccountEmailIT {
    ApiClient api;
    private static final Pattern LINK = Pattern.compile("https://notegarden\\.test/#/([a-z-]+)\\?token=([A-Za-z0-9_-]+)");
    private static GreenMail smtp;


    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The token of the newest link to {@code page} mailed to the address (waits up to 20 s). */
    private static String token(String address, String page, int messagesBefore) {
        List<MimeMessage> mails = Eventually.await(Duration.ofSeconds(20), () -> to(address), m -> m.size() > messagesBefore);
        assertTrue(mails.size() > messagesBefore, "a message reached " + address);
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mails.get(mails.size() - 1)).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(m.find(), "the message carries a link on the configured public address");
        assertEquals(page, m.group(1));
        return m.group(2);
    }

    /**
     * Follows the newest verification link mailed to {@code u} and expects it to work. A refusal
     * says what the server answered and every link the address received, so a failure that
     * happens once in many runs names its cause (CI once saw a 422 here, not reproduced in 150
     * sign-ups on PostgreSQL).
     */
    private void followVerificationLink(User u) {
        String token = token(emailOf(u), "verify-email", 0);
        Res verified = api.post("/auth/verify-email", null, "{\"token\":\"" + token + "\"}");
        assertEquals(204, verified.status(), () -> "the link " + token + " was refused: " + verified
                + "; links mailed to " + emailOf(u) + ": " + to(emailOf(u)).stream().map(m -> {
                    Matcher link = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
                    return link.find() ? link.group(1) + " " + link.group(2) : "(none)";
                }).toList());
    }

    private static String emailOf(User u) {
        return u.handle() + "@example.org";
    }

    private Res login(ApiClient api, String login, String password) {
        return api.sendFrom("100.93.0.1", null, "POST", "/auth/login", null,
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\",\"mode\":\"token\"}");
    }

    @Test
    void aSignUpProvesItsAddressByALinkSentThere() {
        User u = api.register("mailme");
        assertFalse(api.get("/me", u.token()).obj().getBoolean("emailVerified"));
        String token = token(emailOf(u), "verify-email", 0);
        assertEquals(204, api.post("/auth/verify-email", null, "{\"token\":\"" + token + "\"}").status());
        assertTrue(api.get("/me", u.token()).obj().getBoolean("emailVerified"));
        Res again = api.post("/auth/verify-email", null, "{\"token\":\"" + token + "\"}");
        assertEquals(422, again.status(), "a link works once");
        assertEquals("token", again.problemField());
    }

    @Test
    void signUpNeverSaysAnAddressIsTakenAndNobodyCanTakeAProvedOne() {
        User owner = api.register("owner");
        followVerificationLink(owner);

        String handle = "copy" + owner.id() + "x";
        Res copy = api.sendFrom("100.93.1.1", null, "POST", "/auth/register", null, "{\"email\":\"" + emailOf(owner)
                + "\",\"password\":\"correct horse 2\",\"birthDate\":\"1990-05-17\",\"handle\":\"" + handle
                + "\",\"displayName\":\"Copy\",\"mode\":\"token\"}");
        assertEquals(201, copy.status(), "the same answer as for any new address: " + copy);
        String claim = token(emailOf(owner), "verify-email", 1);
        Res taken = api.post("/auth/verify-email", null, "{\"token\":\"" + claim + "\"}");
        assertEquals(409, taken.status(), "the proved address stays its owner's: " + taken);
        Res ownerLogin = login(api, emailOf(owner), "correct horse 1");
        assertEquals(200, ownerLogin.status());
        assertEquals(owner.handle(), ownerLogin.obj().getJsonObject("account").getString("handle"), "the address logs in its owner");
    }

    @Test
    void aForgottenPasswordIsResetByMailAndEveryOldSessionEnds() {
        User u = api.register("forgot");
        followVerificationLink(u);

        Res known = api.post("/auth/password-reset", null, "{\"email\":\"" + emailOf(u) + "\"}");
        Res unknown = api.post("/auth/password-reset", null, "{\"email\":\"nobody-" + u.id() + "@example.org\"}");
        assertEquals(202, known.status());
        assertEquals(known.status(), unknown.status(), "an unknown address is answered the same way");
        assertEquals(known.raw().body(), unknown.raw().body());
        String token = token(emailOf(u), "reset-password", 1);
        assertEquals(0, to("nobody-" + u.id() + "@example.org").size(), "and gets no mail");

        Res weak = api.post("/auth/password-reset/confirm", null, "{\"token\":\"" + token + "\",\"password\":\"password1\"}");
        assertEquals(422, weak.status());
        assertEquals("password", weak.problemField());
        assertEquals(204, api.post("/auth/password-reset/confirm", null,
                "{\"token\":\"" + token + "\",\"password\":\"a brand new phrase 7\"}").status(), "a refused password left the link usable");
        assertEquals(401, api.get("/me", u.token()).status(), "the old session ended");
        assertEquals(401, login(api, u.handle(), "correct horse 1").status());
        assertEquals(200, login(api, emailOf(u), "a brand new phrase 7").status());
        assertEquals(422, api.post("/auth/password-reset/confirm", null,
                "{\"token\":\"" + token + "\",\"password\":\"another phrase 8\"}").status(), "a link works once");
    }
}
