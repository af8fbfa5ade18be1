package org.notegarden.community.internal.collab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.notegarden.community.internal.note.Collaborations;

/** Tells notes which brand a creator's accepted collaboration is with. */
@ApplicationScoped
public class AcceptedCollaborations implements Collaborations {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    @Override
    public Optional<String> acceptedBrand(long collabId, long creatorId) {
        Collab collab = em.find(Collab.class, collabId);
        if (collab == null || collab.getCreatorId() != creatorId || collab.getState() != Collab.State.ACCEPTED) {
            return Optional.empty();
        }
        return Optional.of(collab.getBrandName());
    }
}
