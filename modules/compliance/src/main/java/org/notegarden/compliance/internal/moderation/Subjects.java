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
    @Inject
    @Any
    Instance<ModeratedContent> owners;

    public Optional<ModeratedContent.Snapshot> snapshot(SubjectKind kind, long id) {
        for (ModeratedContent owner : owners) {
            if (owner.handles(kind)) {
                return owner.snapshot(kind, id);
            }
        }
        return Optional.empty();
    }
}
