package org.notegarden.compliance.internal.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.compliance.api.Place;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.compliance.api.TrustedProxies;
import org.notegarden.platform.api.BundledFiles;
import org.notegarden.platform.api.CurrentRequest;

/**
 * IP location from data built into the WAR: DB-IP country lite for the country, ip2region for
 * the province when the country is China. The tables (about 40 MB of files, 9 MB once read) are read once, on
 * first use or by the start-up warm-up, whichever comes first.
 */
@ApplicationScoped
public class OfflineIpLocation implements IpLocation, TrustedProxies {
    static final String DATA = "/org/notegarden/compliance/ipdata/";
    private static final Logger LOG = Logger.getLogger(OfflineIpLocation.class.getName());

    /**
     * The request attribute that keeps the request's client address once worked out: a page asks
     * for it several times (insights origin, label wording, place stamps), and each ask would
     * re-read the headers. It was a request-scoped bean; Weld's look-up of that bean through its
     * proxy on every ask was 3.6 % of a repeated search's CPU (async-profiler, 2026-12-06), and
     * the request itself is already at hand.
     */
    static final String ADDRESS_ATTRIBUTE = OfflineIpLocation.class.getName() + ".clientAddress";

    CurrentRequest request;
    RegionPolicies policies;
    Optional<String> trustedProxies;

    @Inject
    public OfflineIpLocation(CurrentRequest request, RegionPolicies policies,
            @ConfigProperty(name = "notegarden.trusted-proxies") Optional<String> trustedProxies) {
        this.request = request;
        this.policies = policies;
        this.trustedProxies = trustedProxies;
    }

    /** For the CDI container's proxy only. */
    protected OfflineIpLocation() {
    }

    private volatile Tables tables;
    private volatile ClientAddress clientAddress;

    record Tables(CountryRanges countries, ProvinceRanges provinces) {
    }

    @Override
    public Place ofCurrentRequest() {
        return currentAddress().map(this::locate).orElse(Place.UNKNOWN);
    }

    /** The current request's client address (after trusted proxies); empty outside a request. */
    public Optional<byte[]> currentAddress() {
        return request.get().flatMap(this::addressOf); // background threads have no request, so no address
    }

    @SuppressWarnings("unchecked")
    private Optional<byte[]> addressOf(jakarta.servlet.http.HttpServletRequest r) {
        Object kept = r.getAttribute(ADDRESS_ATTRIBUTE);
        if (kept != null) {
            return (Optional<byte[]>) kept;
        }
        Optional<byte[]> address = clientAddress().resolve(r.getRemoteAddr(), Collections.list(r.getHeaders("X-Forwarded-For")));
        r.setAttribute(ADDRESS_ATTRIBUTE, address);
        return address;
    }

    @Override
    public Optional<String> currentClientKey() {
        return currentAddress().map(OfflineIpLocation::addressKey);
    }

    @Override
    public boolean trusts(String remoteAddress) {
        return clientAddress().trustsPeer(remoteAddress);
    }

    /** The address bytes as a rate-limit key, and its subnet (/24 for IPv4, /48 for IPv6). */
    public static String addressKey(byte[] address) {
        return java.util.HexFormat.of().formatHex(address);
    }

    public static String subnetKey(byte[] address) {
        int keep = address.length == 4 ? 3 : 6;
        return java.util.HexFormat.of().formatHex(address, 0, keep) + "/" + keep * 8;
    }

    @Override
    public Place locate(String address) {
        return IpAddresses.parse(address).map(this::locate).orElse(Place.UNKNOWN);
    }

    /** The place of raw address bytes (4 or 16). */
    public Place locate(byte[] address) {
        Tables t = tables();
        Optional<String> country = t.countries().country(address);
        if (country.isEmpty()) {
            return Place.UNKNOWN;
        }
        if ("CN".equals(country.get()) && address.length == 4) {
            Optional<ChinaProvince> province = t.provinces().of(IpAddresses.ipv4(address));
            if (province.isPresent()) {
                return new Place("CN", province.get().code());
            }
        }
        return new Place(country.get(), null);
    }

    @Override
    public Place forDisplay(Place place) {
        if (!place.known()) {
            return Place.UNKNOWN;
        }
        RegionPolicy policy = policies.forCountry(place.country());
        return switch (policy.ipLocationDisplay()) {
            case PROVINCE -> place;
            case COUNTRY -> place.countryOnly();
            case OFF -> Place.UNKNOWN;
        };
    }

    @Override
    public String name(Place place, Locale locale) {
        if (place == null || !place.known()) {
            return null;
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        Optional<ChinaProvince> province = ChinaProvince.ofCode(place.province());
        if (province.isPresent()) {
            return chinese ? province.get().chineseName : province.get().englishName;
        }
        String name = new Locale("", place.country()).getDisplayCountry(locale);
        return name.isBlank() ? place.country() : name;
    }

    /** Loads the tables now (called once at start-up off the request path). */
    public void warmUp() {
        tables();
    }

    private ClientAddress clientAddress() {
        ClientAddress c = clientAddress;
        if (c == null) {
            c = ClientAddress.trusting(trustedProxies.orElse(""));
            clientAddress = c;
        }
        return c;
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    t = load();
                    tables = t;
                }
            }
        }
        return t;
    }

    static Tables load() {
        long started = System.nanoTime();
        CountryRanges countries = new CountryRanges();
        try (InputStream v4 = resource("dbip-country-ipv4-num.csv");
             InputStream v6 = resource("dbip-country-ipv6.csv");
             InputStream cn = resource("ip2region.db")) {
            countries.loadIpv4Numbers(v4);
            countries.loadIpv6Literals(v6);
            countries.trim();
            ProvinceRanges provinces = ProvinceRanges.of(new Ip2RegionFile(cn.readAllBytes()));
            LOG.info(() -> "IP location tables loaded: " + countries.size() + " country ranges ("
                    + countries.bytes() / 1_000_000 + " MB) and " + provinces.size() + " runs of provinces ("
                    + provinces.bytes() / 1_000 + " KB) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return new Tables(countries, provinces);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IP location data", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        return BundledFiles.open(OfflineIpLocation.class, DATA + name);
    }
}
