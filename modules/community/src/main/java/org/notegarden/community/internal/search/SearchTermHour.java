package org.notegarden.community.internal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * How many people searched one term in one hour: what hot searches and suggestions count. A
 * signed-in person counts once a day per term, an anonymous search each time (there is nobody
 * to tell apart). No one's identity is kept here.
 */
@Entity
@Table(name = "cm_search_term_hour")
@IdClass(SearchTermHour.Key.class)
public class SearchTermHour {
    @Id
    @Column(name = "term_key")
    private String termKey;
    @Id
    @Column(name = "hour_start")
    private Instant hourStart;
    /** The spelling shown: the hour's first, without a trailing full stop or question mark. */
    @Column(nullable = false)
    private String term;
    @Column(nullable = false)
    private long searchers;

    protected SearchTermHour() {
    }

    SearchTermHour(String termKey, Instant hourStart, String term, long searchers) {
        this.termKey = termKey;
        this.hourStart = hourStart;
        this.term = term;
        this.searchers = searchers;
    }

    void add(long more) {
        searchers += more;
    }

    String termKey() { return termKey; }

    /** The composite key: term and hour. */
    public static class Key implements Serializable {
        private String termKey;
        private Instant hourStart;

        public Key() {
        }

        Key(String termKey, Instant hourStart) {
            this.termKey = termKey;
            this.hourStart = hourStart;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && termKey.equals(k.termKey) && hourStart.equals(k.hourStart);
        }

        @Override
        public int hashCode() {
            return termKey.hashCode() * 31 + hourStart.hashCode();
        }
    }
}
