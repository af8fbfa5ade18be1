package org.notegarden.compliance.api;

import java.time.Instant;
import java.util.List;

/**
 * Screens text when it is written, inside the writing transaction: word lists (English and
 * Chinese), spam signals, near-duplicates across accounts and new-account velocity. A refusal
 * throws a 422 naming the field and the reason; a hold opens a review case in the detected
 * language's queue, and the caller keeps the content out of sight until a moderator decides.
 */
public interface Screening {
    /**
     * @param kind        what is written
     * @param subjectId   its id (already flushed, so the case can point at it)
     * @param authorId    who wrote it
     * @param authorSince when the author's account was created (new accounts are watched more)
     * @param field       the request field the text came from, named in a refusal
     * @param text        everything a reader will see (title and body together)
     */
    record Submission(SubjectKind kind, long subjectId, long authorId, Instant authorSince, String field, String text) {
    }

    enum Outcome { PUBLISH, HOLD }

    record Verdict(Outcome outcome, List<String> reasons, String language) {
        public boolean held() {
            return outcome == Outcome.HOLD;
        }
    }

    Verdict screen(Submission submission);

    /**
     * Whether a short text may appear in a list the platform itself shows to everyone (hot
     * searches, suggestions): no refused or held word and no spam signal. Opens no case and
     * writes nothing, so it may be called outside a transaction.
     */
    boolean fitForPublicList(String text);
}
