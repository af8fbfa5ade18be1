package org.notegarden.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.Res;

/**
 * The sign-up gate: the region's minimum age (from IP location and config/region-policies),
 * minors flagged by the region's adult age, disposable e-mail refused, sign-ups per address
 * limited; refusals leave no account behind and show up, anonymously, in the admin's signals.
 */
@WholeApp
class SignUpIT {
    ApiClient api;
    private static final String NANJING = "114.114.114.114";
    private static final String NEW_YORK = "8.8.8.8";
    private static final String PARIS = "2a00:1450:300::1";


    private static LocalDate yearsAgo(int years) {
        return LocalDate.now(ZoneOffset.UTC).minusYears(years);
    }

    private static String handle(String prefix) {
        return (prefix + UUID.randomUUID().toString().replace("-", "")).substring(0, 18);
    }

    private static Res signUp(ApiClient api, String from, String handle, String email, LocalDate birthDate) {
        return api.sendFrom(from, "en", "POST", "/auth/register", null, Json.createObjectBuilder()
                .add("email", email).add("password", "correct horse 1").add("handle", handle).add("displayName", "Person")
                .add("birthDate", birthDate.toString()).add("mode", "token").build().toString());
    }

    @Test
    void minimumAgeComesFromTheRegionPolicyOfWhereTheSignUpComesFrom() {
        String young = handle("young");
        // 13 in China (minimum 14): refused, neutrally, on the birth date, and nothing is kept.
        Res cn = signUp(api, NANJING, young, young + "@example.org", yearsAgo(13));
        assertEquals(422, cn.status(), cn.toString());
        assertEquals("birthDate", cn.problemField());
        assertFalse(cn.raw().body().contains("14"), "the refusal does not reveal the threshold");
        assertEquals(401, api.post("/auth/login", null, "{\"login\":\"" + young + "\",\"password\":\"correct horse 1\"}").status());

        // 13 in the US (minimum 13, adult 18): welcome, as a minor; the same handle is free to take.
        Res us = signUp(api, NEW_YORK, young, young + "@example.org", yearsAgo(13));
        assertEquals(201, us.status(), us.toString());
        JsonObject me = us.obj().getJsonObject("account");
        assertTrue(me.getBoolean("minor"));
        assertEquals("US", me.getString("regionId"));

        // 15 in France (EU minimum 16): refused; 30 in France: an adult under the EU policy.
        String teen = handle("teen");
        assertEquals(422, signUp(api, PARIS, teen, teen + "@example.org", yearsAgo(15)).status());
        Res adult = signUp(api, PARIS, teen, teen + "@example.org", yearsAgo(30));
        assertEquals(201, adult.status(), adult.toString());
        assertFalse(adult.obj().getJsonObject("account").getBoolean("minor"));
        assertEquals("EU", adult.obj().getJsonObject("account").getString("regionId"));

        // Dates that are not dates of birth.
        String odd = handle("odd");
        assertEquals("birthDate", signUp(api, NEW_YORK, odd, odd + "@example.org", LocalDate.now(ZoneOffset.UTC).plusDays(2)).problemField());
        Res garbled = api.sendFrom(NEW_YORK, "en", "POST", "/auth/register", null, "{\"email\":\"" + odd + "@example.org\","
                + "\"password\":\"correct horse 1\",\"handle\":\"" + odd + "\",\"displayName\":\"Odd\",\"birthDate\":\"30/04/1999\"}");
        assertEquals(422, garbled.status());
        assertEquals("birthDate", garbled.problemField());
    }

    @Test
    void commonPasswordsAreRefused() {
        for (String common : new String[] {"12345678", "password1", "iloveyou", "Qwertyuiop"}) {
            String h = handle("pw");
            Res r = api.sendFrom("100.92.0." + (1 + Math.abs(h.hashCode() % 250)), "en", "POST", "/auth/register", null,
                    Json.createObjectBuilder().add("email", h + "@example.org").add("password", common).add("handle", h)
                            .add("displayName", "Person").add("birthDate", yearsAgo(30).toString()).add("mode", "token").build().toString());
            assertEquals(422, r.status(), common + ": " + r);
            assertEquals("password", r.problemField(), common);
        }
    }

    @Test
    void disposableAddressesAreRefused() {
        String h = handle("temp");
        Res r = signUp(api, NEW_YORK, h, h + "@mailinator.com", yearsAgo(30));
        assertEquals(422, r.status(), r.toString());
        assertEquals("email", r.problemField());
        assertEquals(201, signUp(api, NEW_YORK, h, h + "@example.org", yearsAgo(30)).status());
    }

    @Test
    void tooManySignUpsFromOneAddressAreSlowedAndAdminsSeeTheSignals() {
        String address = "203.0.113.77";
        for (int i = 0; i < 10; i++) {
            String h = handle("burst");
            Res ok = signUp(api, address, h, h + "@example.org", yearsAgo(30));
            assertEquals(201, ok.status(), "sign-up " + (i + 1) + ": " + ok);
        }
        String h = handle("burst");
        Res limited = signUp(api, address, h, h + "@example.org", yearsAgo(30));
        assertEquals(429, limited.status(), limited.toString());
        assertNotNull(limited.header("Retry-After"));
        assertEquals(201, signUp(api, "203.0.113.78", h, h + "@example.org", yearsAgo(30)).status(),
                "a neighbour is under the per-address limit (and under the subnet's)");

        String admin = api.adminToken();
        String someone = api.register("nosy").token();
        assertEquals(403, api.get("/admin/abuse-signals", someone).status());
        Res signals = api.get("/admin/abuse-signals", admin);
        assertEquals(200, signals.status());
        Map<String, Long> byKind = new HashMap<>();
        signals.obj().getJsonArray("counts").getValuesAs(JsonObject.class)
                .forEach(c -> byKind.merge(c.getString("kind"), c.getJsonNumber("count").longValue(), Long::sum));
        assertTrue(byKind.getOrDefault("signup.rate-limited", 0L) >= 1, byKind.toString());
        assertFalse(signals.raw().body().contains("203.0.113"), "signals never keep the address");
    }
}
