package org.notegarden.compliance.internal.abuse;

import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.notegarden.platform.api.BundledFiles;
import org.notegarden.platform.api.Jsons;

/**
 * Throwaway e-mail domains from the maintained {@code disposable-email-domains} list (npm, MIT),
 * pulled at build time: about 120,000 exact domains plus a few hundred whose every subdomain is
 * disposable too.
 */
final class DisposableDomains {
    static final String LISTS = "/org/notegarden/compliance/lists/";

    private final Set<String> exact;
    private final Set<String> withSubdomains;

    DisposableDomains(Set<String> exact, Set<String> withSubdomains) {
        this.exact = exact;
        this.withSubdomains = withSubdomains;
    }

    static DisposableDomains load() {
        return new DisposableDomains(read("index.json"), read("wildcard.json"));
    }

    boolean isDisposable(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = email.substring(at + 1).trim().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (exact.contains(domain)) {
            return true;
        }
        for (String d = domain; d.indexOf('.') > 0; d = d.substring(d.indexOf('.') + 1)) {
            if (withSubdomains.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> read(String name) {
        Set<String> out = new HashSet<>();
        try (InputStream in = BundledFiles.open(DisposableDomains.class, LISTS + name)) {
            try (JsonParser p = Jsons.createParser(in)) {
                while (p.hasNext()) {
                    if (p.next() == JsonParser.Event.VALUE_STRING) {
                        out.add(p.getString().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
