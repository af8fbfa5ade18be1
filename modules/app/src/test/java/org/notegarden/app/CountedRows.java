package org.notegarden.app;

import java.sql.SQLException;
import java.sql.Statement;

/** Rows of community's tables written straight into a migrated database, for the counter tests. */
final class CountedRows {
    private CountedRows() {
    }

    /** People with ids 1 to {@code count}. */
    static void people(Statement s, int count) throws SQLException {
        for (long person = 1; person <= count; person++) {
            s.execute("INSERT INTO cm_account (id, handle, handle_key, email, email_key, password_hash, display_name, bio, roles, "
                    + "failed_logins, created_at, version) VALUES (" + person + ", 'p" + person + "', 'p" + person + "', 'p" + person
                    + "@example.org', 'p" + person + "@example.org', 'x', 'P', '', 'USER', 0, CURRENT_TIMESTAMP, 0)");
        }
    }

    /** A published note by person 1 whose counters say what is given, whatever its rows say. */
    static void note(Statement s, long id, int likes, int collects, int comments) throws SQLException {
        s.execute("INSERT INTO cm_note (id, author_id, title, body, kind, state, like_count, collect_count, comment_count, "
                + "created_at, updated_at, published_at, version) VALUES (" + id + ", 1, 'Tea', 'Tea', 'TEXT', 'PUBLISHED', "
                + likes + ", " + collects + ", " + comments + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
    }

    static void comment(Statement s, long id, long note, long author, boolean deleted, String moderation, int likeCount)
            throws SQLException {
        s.execute("INSERT INTO cm_comment (id, note_id, author_id, body, like_count, reply_count, deleted, moderation, created_at) "
                + "VALUES (" + id + ", " + note + ", " + author + ", 'hi', " + likeCount + ", 0, " + deleted + ", '" + moderation
                + "', CURRENT_TIMESTAMP)");
    }

    /** A reply by {@code author} in the thread of comment {@code parent}, answering the parent's author. */
    static void reply(Statement s, long id, long note, long author, long parent, boolean deleted, String moderation)
            throws SQLException {
        s.execute("INSERT INTO cm_comment (id, note_id, author_id, parent_id, reply_to_account_id, body, like_count, reply_count, deleted, "
                + "moderation, created_at) SELECT " + id + ", " + note + ", " + author + ", id, author_id, 'hi', 0, 0, " + deleted + ", '"
                + moderation + "', CURRENT_TIMESTAMP FROM cm_comment WHERE id = " + parent);
    }

    /** Sets a comment's reply count to what is given, whatever its replies say. */
    static void replyCount(Statement s, long comment, int replies) throws SQLException {
        s.execute("UPDATE cm_comment SET reply_count = " + replies + " WHERE id = " + comment);
    }
}
