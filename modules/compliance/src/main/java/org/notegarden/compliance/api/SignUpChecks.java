package org.notegarden.compliance.api;

import java.time.LocalDate;

/**
 * Fake-account and age checks on a sign-up, in the request that makes it: a disposable e-mail
 * domain is refused (422 {@code email}), a birth date under the region's minimum age is refused
 * (422 {@code birthDate}), and too many sign-ups from one address or subnet answer 429.
 * Nothing is stored about a refused sign-up except a counted, anonymous signal.
 */
public interface SignUpChecks {
    /** What a passing sign-up is subject to. */
    record Admitted(String regionId, boolean minor) {
    }

    Admitted check(String email, LocalDate birthDate);

    /**
     * Whether a password is among the most common leaked passwords (checked at sign-up and on
     * every new password), from a maintained list pulled at build time.
     */
    boolean commonPassword(String password);
}
