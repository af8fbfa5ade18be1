package org.notegarden.community.internal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.notegarden.community.internal.account.Account;
import org.notegarden.community.internal.note.Note;

/**
 * The few index updates automatic indexing cannot see: counters changed by SQL (likes,
 * collects) and rows removed by SQL (erasure). Everything written through entities — publishing,
 * edits, deletion, moderation — reaches the index by itself when its transaction commits.
 */
@ApplicationScoped
public class SearchIndexing {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;

    /** The note's like or collect count changed: its sort values follow, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countersChanged(Note note) {
        em.flush();
        em.refresh(note);
        Search.session(em).indexingPlan().addOrUpdate(note);
    }

    /** An erased person's notes and profile leave the index with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(long accountId, List<Long> noteIds) {
        var plan = Search.session(em).indexingPlan();
        noteIds.forEach(id -> plan.purge(Note.class, id, null));
        plan.purge(Account.class, accountId, null);
    }
}
