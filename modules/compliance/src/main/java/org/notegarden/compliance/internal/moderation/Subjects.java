package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.SubjectKind;

/** Asks the owning module what a reported subject is (author, text, date). */
@ApplicationScoped
public class Subjects {
    Instance<ModeratedContent> owners;

    @Inject
    public Subjects(@Any Instance<ModeratedContent> owners) {
        this.owners = owners;
    }

    /** For the CDI container's proxy only. */
    protected Subjects() {
    }

    public Optional<ModeratedContent.Snapshot> snapshot(SubjectKind kind, long id) {
        for (ModeratedContent owner : owners) {
            if (owner.handles(kind)) {
                return owner.snapshot(kind, id);
            }
        }
        return Optional.empty();
    }
}
