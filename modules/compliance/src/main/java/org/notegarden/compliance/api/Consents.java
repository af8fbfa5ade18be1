package org.notegarden.compliance.api;

/** What a person agreed to; ask before personalising, marketing or measuring. */
public interface Consents {
    enum Purpose { PERSONALISATION, MARKETING, ANALYTICS }

    /** The latest record decides; with none, the answer is no (consent is never assumed). */
    boolean granted(long accountId, Purpose purpose);

    /**
     * At sign-up: personalisation as the region's policy sets it (never for minors), marketing
     * and analytics off until the person opts in. Recorded as defaults, not as choices.
     */
    void recordSignUpDefaults(long accountId, boolean personalisation);
}
