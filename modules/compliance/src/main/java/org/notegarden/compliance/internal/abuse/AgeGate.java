package org.notegarden.compliance.internal.abuse;

import java.time.LocalDate;
import java.time.Period;

/** Ages from a birth date, counted the way people count them (a birthday today counts). */
final class AgeGate {
    private AgeGate() {
    }

    static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }

    /** Plausible birth dates only: not in the future, not before 1900. */
    static boolean plausible(LocalDate birthDate, LocalDate today) {
        return !birthDate.isAfter(today) && birthDate.getYear() >= 1900;
    }
}
