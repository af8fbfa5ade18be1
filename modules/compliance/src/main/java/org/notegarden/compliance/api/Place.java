package org.notegarden.compliance.api;

/**
 * Where a request came from, as coarsely as a region policy allows: an ISO 3166-1 country and,
 * inside China, an ISO 3166-2 province ("CN-GD"). Never an address, never a city.
 *
 * @param country  two-letter country code, or {@code null} when unknown
 * @param province ISO 3166-2 subdivision code, or {@code null}
 */
public record Place(String country, String province) {
    public static final Place UNKNOWN = new Place(null, null);

    public boolean known() {
        return country != null;
    }

    /** The stored form: the province code when there is one, else the country, else {@code null}. */
    public String code() {
        return province != null ? province : country;
    }

    /** Reads the stored form back. */
    public static Place ofCode(String code) {
        if (code == null || code.isBlank()) {
            return UNKNOWN;
        }
        int dash = code.indexOf('-');
        return dash < 0 ? new Place(code, null) : new Place(code.substring(0, dash), code);
    }

    public Place countryOnly() {
        return new Place(country, null);
    }
}
