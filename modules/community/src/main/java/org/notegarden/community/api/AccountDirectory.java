package org.notegarden.community.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks up accounts by id or handle, for modules that reference people by id. */
public interface AccountDirectory {
    Optional<AccountSummary> byId(long id);

    /** Handles are case-insensitive. */
    Optional<AccountSummary> byHandle(String handle);

    /** Batch lookup; ids that do not exist are simply absent from the map. */
    Map<Long, AccountSummary> byIds(Collection<Long> ids);
}
