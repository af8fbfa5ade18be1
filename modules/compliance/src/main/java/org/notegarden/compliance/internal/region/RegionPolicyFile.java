package org.notegarden.compliance.internal.region;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.notegarden.compliance.api.RegionPolicy;

/**
 * Reads region policies from properties ({@code config/region-policies.properties}). A missing or
 * malformed key stops start-up with the key's name: a policy that silently fell back to a default
 * could, for example, let children sign up.
 */
public final class RegionPolicyFile {
    public static final String DEFAULT_REGION = "DEFAULT";

    private RegionPolicyFile() {
    }

    public record Parsed(Map<String, RegionPolicy> byId, Map<String, String> regionOfCountry) {
    }

    public static Parsed parse(Properties p) {
        String regions = required(p, "regions");
        Map<String, RegionPolicy> byId = new LinkedHashMap<>();
        Map<String, String> regionOfCountry = new HashMap<>();
        for (String id : regions.split(",")) {
            id = id.trim();
            if (id.isEmpty()) {
                continue;
            }
            String prefix = "region." + id + ".";
            Map<String, String> labels = new HashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(prefix + "label.")) {
                    labels.put(key.substring((prefix + "label.").length()), p.getProperty(key).trim());
                }
            }
            List<String> countries = Arrays.stream(p.getProperty(prefix + "countries", "").split(","))
                    .map(c -> c.trim().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
            RegionPolicy policy = new RegionPolicy(id,
                    display(p, prefix + "ip-location"),
                    number(p, prefix + "minimum-age"),
                    number(p, prefix + "adult-age"),
                    number(p, prefix + "appeal-window-days"),
                    bool(p, prefix + "personalised-feed-default"),
                    required(p, prefix + "privacy-regime"),
                    number(p, prefix + "request-deadline-days"),
                    Map.copyOf(labels), countries,
                    Boolean.parseBoolean(p.getProperty(prefix + "dsa-transparency-database", "false").trim()));
            if (policy.label("sponsored", "en") == null || policy.label("ai-generated", "en") == null) {
                throw new IllegalArgumentException("region policy " + id + " needs label.sponsored.en and label.ai-generated.en");
            }
            byId.put(id, policy);
            for (String code : countries) {
                if (regionOfCountry.put(code, id) != null) {
                    throw new IllegalArgumentException("country " + code + " is in two region policies");
                }
            }
        }
        if (!byId.containsKey(DEFAULT_REGION)) {
            throw new IllegalArgumentException("region policies need a DEFAULT region");
        }
        return new Parsed(Map.copyOf(byId), Map.copyOf(regionOfCountry));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("region policy key missing: " + key);
        }
        return v.trim();
    }

    private static int number(Properties p, String key) {
        try {
            int v = Integer.parseInt(required(p, key));
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("region policy key " + key + " must be a whole number");
        }
    }

    private static boolean bool(Properties p, String key) {
        String v = required(p, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("region policy key " + key + " must be true or false");
        }
        return Boolean.parseBoolean(v);
    }

    private static RegionPolicy.IpLocationDisplay display(Properties p, String key) {
        String v = required(p, key).toUpperCase(Locale.ROOT);
        try {
            return RegionPolicy.IpLocationDisplay.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("region policy key " + key + " must be one of "
                    + Arrays.toString(RegionPolicy.IpLocationDisplay.values()).toLowerCase(Locale.ROOT));
        }
    }

}
