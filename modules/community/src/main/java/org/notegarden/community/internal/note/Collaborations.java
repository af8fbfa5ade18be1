package org.notegarden.community.internal.note;

import java.util.Optional;

/**
 * The brand of a collaboration a creator accepted, for labelling the notes that belong to it as
 * sponsored. Implemented by the collaboration package, which sits above notes.
 */
public interface Collaborations {
    /** The brand's name when {@code collabId} is a collaboration {@code creatorId} accepted; empty otherwise. */
    Optional<String> acceptedBrand(long collabId, long creatorId);
}
