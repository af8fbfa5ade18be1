package org.notegarden.community.internal.tally;

import java.util.EnumSet;
import java.util.Set;

/** What happened to a note (or, for FOLLOW_GAINED, to an account). */
public enum InsightKind {
    IMPRESSION, READ, LIKE, COLLECT, COMMENT, SHARE, PRODUCT_CLICK, ORDER, FOLLOW_GAINED;

    /** Only these are reported by clients; the others are recorded by the server where they happen. */
    public static final Set<InsightKind> FROM_CLIENTS = EnumSet.of(IMPRESSION, SHARE, PRODUCT_CLICK);

    /** What counts as engagement with a note (the numerator of the engagement rate, over reads). */
    public static final Set<InsightKind> ENGAGEMENT = EnumSet.of(LIKE, COLLECT, COMMENT, SHARE);
}
