package org.notegarden.community.internal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.notegarden.community.internal.kept.KeptBriefly;

/**
 * People as others see them next to content, kept for a few seconds: every card, note page and
 * comment list names its authors, and reading their accounts and avatars was 7–9 % of those
 * requests' CPU (async-profiler, 2026-12-04). A change on this node is seen at once (the person
 * is forgotten when the change commits); another node's change within {@link #FRESH_FOR}. Only
 * the public summary is kept: whether a note may be seen is never decided from here.
 */
@ApplicationScoped
public class PersonCache {
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final KeptBriefly<People.Person> people = new KeptBriefly<>(FRESH_FOR, 50_000);

    /** Those of these ids that exist; {@code load} reads the ones not kept. */
    Map<Long, People.Person> get(Collection<Long> ids, Function<Set<Long>, Map<Long, People.Person>> load) {
        return people.get(ids, load);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged change) {
        people.forget(change.accountId());
    }
}
