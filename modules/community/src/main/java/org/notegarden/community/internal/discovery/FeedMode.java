package org.notegarden.community.internal.discovery;

/**
 * How the home feed is made. FOR_YOU ranks from the person's own searches and interactions;
 * LATEST and POPULAR_NEARBY use no personal data at all (the non-personalised options the DSA
 * asks very large platforms to offer, and the only ones for minors and without consent).
 */
public enum FeedMode {
    FOR_YOU, LATEST, POPULAR_NEARBY;

    boolean personalised() {
        return this == FOR_YOU;
    }
}
