package org.notegarden.compliance.internal.moderation;

/**
 * Which review queue held text goes to: "zh" when Han characters make up a fair share of the
 * letters, "en" when Latin letters dominate, else "other". Script counting is exact for the
 * two languages the platform serves; a statistical detector would only add guesswork here.
 */
public final class QueueLanguages {
    private QueueLanguages() {
    }

    public static String of(String text) {
        int han = 0;
        int latin = 0;
        int other = 0;
        for (int cp : text.codePoints().toArray()) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HAN) {
                han++;
            } else if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        // One Han character carries about as much as a short English word: weigh it up.
        if (han > 0 && han * 4 >= latin) {
            return "zh";
        }
        if (latin > 0 && latin >= other) {
            return "en";
        }
        return han + latin + other == 0 ? "en" : "other";
    }
}
