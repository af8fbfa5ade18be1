package org.notegarden.community.internal.collab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.notegarden.community.internal.note.Collaborations;

/** Tells notes which brand a creator's accepted collaboration is with. */
@ApplicationScoped
public class AcceptedCollaborations implements Collaborations {
    CollabRepository collabs;

    @Inject
    public AcceptedCollaborations(CollabRepository collabs) {
        this.collabs = collabs;
    }

    /** For the CDI container's proxy only. */
    protected AcceptedCollaborations() {
    }

    @Override
    public Optional<String> acceptedBrand(long collabId, long creatorId) {
        return collabs.byId(collabId)
                .filter(c -> c.getCreatorId() == creatorId && c.getState() == Collab.State.ACCEPTED)
                .map(Collab::getBrandName);
    }
}
