package org.notegarden.community.internal.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.community.internal.note.Note;
import org.notegarden.community.internal.note.NoteService;
import org.notegarden.community.internal.social.Comment;
import org.notegarden.community.internal.social.CommentService;
import org.notegarden.compliance.api.Screening;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.i18n.api.ChineseText;
import org.notegarden.i18n.api.Translator;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;

/**
 * "Translate" on notes and comments: the author's own translation when there is one, else a
 * machine translation from the configured provider, cached per content version (an edit makes a
 * new one) and per provider. Only what the reader may see can be translated.
 */
@ApplicationScoped
public class Translations {
    @PersistenceContext(unitName = "notegarden")
    EntityManager em;
    Clock clock;
    Translator translator;
    NoteService notes;
    CommentService comments;
    Screening screening;

    @Inject
    public Translations(Clock clock, Translator translator, NoteService notes, CommentService comments, Screening screening) {
        this.clock = clock;
        this.translator = translator;
        this.notes = notes;
        this.comments = comments;
        this.screening = screening;
    }

    /** For the CDI container's proxy only. */
    protected Translations() {
    }

    /** {@code byAuthor}: written by the note's author; otherwise {@code provider} made it,
            word by word when {@code wordLevel}. */
    public record NoteTranslation(String title, String body, String from, String to, String provider, boolean wordLevel,
            boolean byAuthor) {
    }

    public static String target(String requested) {
        return Translator.targetLanguage(requested);
    }

    static String languageOf(String text) {
        return ChineseText.hasHan(text) ? "zh" : "en";
    }

    @Transactional
    public NoteTranslation note(long noteId, Long viewerId, String to) {
        Note note = notes.requireVisible(noteId, viewerId);
        String target = target(to);
        Optional<NoteTranslation> own = authors(noteId, target);
        if (own.isPresent()) {
            return own.get();
        }
        return machine("NOTE", noteId, note.getVersion(), note.getTitle(), note.getBody(), target);
    }

    @Transactional
    public NoteTranslation comment(long commentId, Long viewerId, String to) {
        Comment c = comments.requireVisible(commentId, viewerId);
        if (c.isDeleted()) {
            throw Problems.notFound("commentId", CommunityMessages.COMMENT_N_DOES_NOT_EXIST, commentId);
        }
        return machine("COMMENT", commentId, 0, "", c.getBody(), target(to)); // comments are never edited
    }

    /** The author writes (or replaces) their own translation; screened like the note itself. */
    @Transactional
    public NoteTranslation saveOwn(long authorId, long noteId, String lang, String title, String body) {
        Note note = notes.requireVisible(noteId, authorId);
        if (note.getAuthorId() != authorId) {
            throw Problems.forbidden(CommunityMessages.ONLY_AUTHOR_CAN_ADD_THEIR_OWN_TRANSLATION);
        }
        String target = target(lang);
        List<FieldError> errors = new java.util.ArrayList<>();
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip();
        if (TextLength.of(t) > 50) {
            errors.add(new FieldError("title", CommunityMessages.MUST_BE_AT_MOST_50_CHARACTERS));
        }
        if (TextLength.of(b) > 2000) {
            errors.add(new FieldError("body", CommunityMessages.MUST_BE_AT_MOST_2000_CHARACTERS));
        }
        if (t.isEmpty() && b.isEmpty()) {
            errors.add(new FieldError("body", CommunityMessages.TRANSLATION_NEEDS_TITLE_OR_TEXT));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        var verdict = screening.screen(new Screening.Submission(SubjectKind.NOTE, noteId, authorId, null, "body", t + "\n" + b));
        if (verdict.held()) {
            // Held text would need its own review path; nothing is stored and the author is told plainly.
            throw Problems.invalid("body", CommunityMessages.TRANSLATION_CONTAINS_WORDS_NEED_MODERATORS_REVIEW_REPHRASE_IT);
        }
        em.createNativeQuery("DELETE FROM cm_note_translation WHERE note_id = ?1 AND lang = ?2")
                .setParameter(1, noteId).setParameter(2, target).executeUpdate();
        em.createNativeQuery("INSERT INTO cm_note_translation (note_id, lang, title, body, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, noteId).setParameter(2, target).setParameter(3, t).setParameter(4, b)
                .setParameter(5, clock.instant()).executeUpdate();
        return new NoteTranslation(t, b, languageOf(note.getTitle() + note.getBody()), target, null, false, true);
    }

    @Transactional
    public void deleteOwn(long authorId, long noteId, String lang) {
        Note note = notes.requireVisible(noteId, authorId);
        if (note.getAuthorId() != authorId) {
            throw Problems.forbidden(CommunityMessages.ONLY_AUTHOR_CAN_REMOVE_THEIR_OWN_TRANSLATION);
        }
        em.createNativeQuery("DELETE FROM cm_note_translation WHERE note_id = ?1 AND lang = ?2")
                .setParameter(1, noteId).setParameter(2, target(lang)).executeUpdate();
    }

    private Optional<NoteTranslation> authors(long noteId, String target) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT title, body FROM cm_note_translation WHERE note_id = ?1 AND lang = ?2")
                .setParameter(1, noteId).setParameter(2, target).getResultList();
        return rows.stream().findFirst().map(r -> new NoteTranslation((String) r[0], (String) r[1], target.equals("zh") ? "en" : "zh",
                target, null, false, true));
    }

    private NoteTranslation machine(String kind, long id, long version, String title, String body, String target) {
        String from = languageOf(title + body);
        if (from.equals(target)) {
            throw Problems.invalid("to",
                    target.equals("zh") ? CommunityMessages.ALREADY_IN_CHINESE : CommunityMessages.ALREADY_IN_ENGLISH);
        }
        String provider = translator.id();
        @SuppressWarnings("unchecked")
        List<Object[]> cached = em.createNativeQuery("SELECT title, body, word_level FROM cm_translation WHERE kind = ?1 AND subject_id = ?2 "
                        + "AND version = ?3 AND target = ?4 AND provider = ?5")
                .setParameter(1, kind).setParameter(2, id).setParameter(3, version).setParameter(4,
                        target).setParameter(5, provider)
                .getResultList();
        if (!cached.isEmpty()) {
            Object[] r = cached.get(0);
            return new NoteTranslation((String) r[0], (String) r[1], from, target, provider, (Boolean) r[2], false);
        }
        Translator.Pair pair = translator.translatePair(title, body, from, target);
        String t = cut(pair.title(), 400);
        String b = cut(pair.text(), 8000);
        boolean wordLevel = pair.wordLevel();
        em.createNativeQuery("INSERT INTO cm_translation (kind, subject_id, version, target, provider, title, body, word_level, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, kind).setParameter(2, id).setParameter(3, version).setParameter(4,
                        target).setParameter(5, provider)
                .setParameter(6, t).setParameter(7, b).setParameter(8, wordLevel)
                .setParameter(9, clock.instant()).executeUpdate();
        return new NoteTranslation(t, b, from, target, provider, wordLevel, false);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }

}
