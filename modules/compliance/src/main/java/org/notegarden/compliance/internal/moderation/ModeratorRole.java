package org.notegarden.compliance.internal.moderation;

import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.Caller;
import org.notegarden.platform.api.CallerContext;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.Role;

/** Moderation is for moderators; admins, who appoint them, may act as one. */
final class ModeratorRole {
    private ModeratorRole() {
    }

    static Caller require(CallerContext context) {
        Caller c = context.require();
        if (!c.has(Role.MODERATOR) && !c.has(Role.ADMIN)) {
            throw Problems.forbidden(ComplianceMessages.NEEDS_MODERATOR_ROLE);
        }
        return c;
    }
}
