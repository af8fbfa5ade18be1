package org.notegarden.community.internal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountChecksTest {
    @Test
    void passwordsHashSaltedAndVerify() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String a = hasher.hash("garden party");
        String b = hasher.hash("garden party");
        assertFalse(a.equals(b), "salted");
        assertTrue(a.startsWith("PBKDF2WithHmacSHA256:1000:"));
        assertTrue(hasher.verify("garden party", a));
        assertFalse(hasher.verify("garden partY", a));
        assertTrue(new PasswordHasher(2_000).needsRehash(a));
        assertFalse(hasher.needsRehash(a));
    }

    @Test
    void throttleFreeThenDoublingThenLocked() {
        LoginThrottle t = new LoginThrottle(4, 10, Duration.ofMinutes(15));
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertTrue(t.lockedUntil(3, now).isEmpty());
        assertEquals(now.plusSeconds(1), t.lockedUntil(4, now).orElseThrow());
        assertEquals(now.plusSeconds(4), t.lockedUntil(6, now).orElseThrow());
        assertEquals(now.plus(Duration.ofMinutes(15)), t.lockedUntil(10, now).orElseThrow());
    }

    @Test
    void theOperatorSetsTheFirstWaitAndItStillDoubles() {
        LoginThrottle t = LoginThrottle.standard(Duration.ofSeconds(30));
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        assertTrue(t.lockedUntil(3, now).isEmpty());
        assertEquals(now.plusSeconds(30), t.lockedUntil(4, now).orElseThrow());
        assertEquals(now.plusSeconds(60), t.lockedUntil(5, now).orElseThrow());
        assertEquals(now.plus(Duration.ofMinutes(15)), t.lockedUntil(10, now).orElseThrow());
    }

    @Test
    void registrationRulesNameEveryBadField() {
        assertEquals(List.of("email", "password", "handle", "displayName"),
                AccountRules.checkRegistration("not-an-email", "short", "x", " ").stream().map(e -> e.field()).toList());
        assertEquals("handle", AccountRules.checkRegistration("a@b.cd", "long enough", "Admin", "A").get(0).field());
        assertTrue(AccountRules.checkRegistration("lily@example.org", "long enough", "Lily_Chen.88", "莉莉").isEmpty());
    }

    @Test
    void handlesEndWithALetterOrDigitAndLookAlikesShareASkeleton() {
        for (String bad : List.of("lily_chen.", "lily_chen_", "lily..chen", "_lily", "li")) {
            assertEquals("handle", AccountRules.checkRegistration("a@b.cd", "long enough", bad, "A").get(0).field(), bad);
        }
        String original = HandleSkeleton.of("lily_chen");
        assertEquals(original, HandleSkeleton.of("lily.chen"), "'.' and '_' are alike");
        assertEquals(original, HandleSkeleton.of("1ily_chen"), "1 looks like l");
        assertEquals(HandleSkeleton.of("coco"), HandleSkeleton.of("c0c0"), "0 looks like o");
        assertEquals(original, HandleSkeleton.of("LILY_CHEN"), "case does not tell handles apart");
        assertEquals(HandleSkeleton.of("modern"), HandleSkeleton.of("modem"), "rn looks like m");
        assertTrue(!original.equals(HandleSkeleton.of("lily_chan")), "a different name is a different handle");
    }
}
