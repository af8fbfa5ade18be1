package org.notegarden.compliance.internal.region;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.notegarden.compliance.api.IpLocation;
import org.notegarden.compliance.api.RegionPolicies;
import org.notegarden.compliance.api.RegionPolicy;
import org.notegarden.platform.api.BundledFiles;

/**
 * Region policies from the operator's file ({@code notegarden.regions.file}) or, when none is
 * set, the copy of {@code config/region-policies.properties} built into this module.
 */
@ApplicationScoped
public class ConfiguredRegionPolicies implements RegionPolicies {
    static final String BUILT_IN = "/org/notegarden/compliance/region-policies.properties";

    Optional<String> file;
    IpLocation ipLocation;

    @Inject
    public ConfiguredRegionPolicies(@ConfigProperty(name = "notegarden.regions.file") Optional<String> file,
            IpLocation ipLocation) {
        this.file = file;
        this.ipLocation = ipLocation;
    }

    /** For the CDI container's proxy only. */
    protected ConfiguredRegionPolicies() {
    }

    private RegionPolicyFile.Parsed parsed;

    @PostConstruct
    void load() {
        Properties p = new Properties();
        try (Reader r = open()) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read region policies", e);
        }
        parsed = RegionPolicyFile.parse(p);
    }

    private Reader open() throws IOException {
        if (file.isPresent() && !file.get().isBlank()) {
            return Files.newBufferedReader(Path.of(file.get()), StandardCharsets.UTF_8);
        }
        return new InputStreamReader(BundledFiles.open(ConfiguredRegionPolicies.class, BUILT_IN), StandardCharsets.UTF_8);
    }

    @Override
    public RegionPolicy forCountry(String country) {
        String id = country == null ? null : parsed.regionOfCountry().get(country);
        return parsed.byId().get(id != null ? id : RegionPolicyFile.DEFAULT_REGION);
    }

    @Override
    public RegionPolicy forCurrentRequest() {
        return forCountry(ipLocation.ofCurrentRequest().country());
    }

    @Override
    public RegionPolicy byId(String id) {
        RegionPolicy p = id == null ? null : parsed.byId().get(id);
        return p != null ? p : parsed.byId().get(RegionPolicyFile.DEFAULT_REGION);
    }

    @Override
    public List<RegionPolicy> all() {
        return List.copyOf(parsed.byId().values());
    }
}
