package org.notegarden.compliance.internal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.notegarden.compliance.api.ModeratedContent;
import org.notegarden.compliance.api.SubjectKind;
import org.notegarden.compliance.internal.ComplianceMessages;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.ProblemException;
import org.notegarden.platform.api.Message;
import org.notegarden.platform.api.Problems;
import org.notegarden.platform.api.TextLength;
import org.notegarden.platform.api.EnumValues;

/**
 * Notices from anyone, signed in or not. Each gets a receipt (id and a secret token to follow it
 * by) and joins the subject's open case, or opens one; trusted flaggers' notices jump the queue.
 * Notifiers whose notices keep coming to nothing are warned after 5 unfounded notices in 90 days
 * and, after 10, their notices are not processed for 30 days (DSA Art. 23).
 */
@ApplicationScoped
public class NoticeService {
    static final int WARN_AFTER_UNFOUNDED = 5;
    static final int PAUSE_AFTER_UNFOUNDED = 10;
    static final Duration UNFOUNDED_MEMORY = Duration.ofDays(90);
    static final Duration PAUSE = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    Clock clock;
    Subjects subjects;

    ModerationRecords records;

    @Inject
    public NoticeService(Clock clock, Subjects subjects, ModerationRecords records) {
        this.records = records;
        this.clock = clock;
        this.subjects = subjects;
    }

    /** For the CDI container's proxy only. */
    protected NoticeService() {
    }

    public record NoticeInput(@EnumValues(SubjectKind.class) String subjectKind, Long subjectId, @EnumValues(NoticeCategory.class) String category, String explanation, String url,
                              String name, String email, Boolean goodFaith) {
    }

    public record Receipt(long id, String token, String status, Instant receivedAt, String warning) {
    }

    @Transactional
    public Receipt file(NoticeInput in, Long notifierId) {
        if (in == null) {
            throw Problems.malformed(ComplianceMessages.NOTICE_BODY_IS_REQUIRED);
        }
        List<FieldError> errors = new ArrayList<>();
        SubjectKind kind = parse(SubjectKind.class, in.subjectKind(), "subjectKind", errors);
        NoticeCategory category = parse(NoticeCategory.class, in.category(), "category", errors);
        if (in.subjectId() == null) {
            errors.add(new FieldError("subjectId", ComplianceMessages.IS_REQUIRED));
        }
        String explanation = in.explanation() == null ? "" : in.explanation().strip();
        if (explanation.length() < 10 || TextLength.of(explanation) > 2000) {
            errors.add(new FieldError("explanation", ComplianceMessages.EXPLAIN_WHAT_IS_WRONG_IN_10_TO_2000));
        }
        String url = blankToNull(in.url());
        if (url != null && (url.length() > 500 || !url.matches("(?i)https?://\\S+"))) {
            errors.add(new FieldError("url", ComplianceMessages.MUST_BE_HTTP_S_LINK_OF_AT_MOST));
        }
        if (!Boolean.TRUE.equals(in.goodFaith())) {
            errors.add(new FieldError("goodFaith", ComplianceMessages.CONFIRM_YOU_BELIEVE_NOTICE_IS_ACCURATE_AND_COMPLETE));
        }
        String name = blankToNull(in.name());
        String email = blankToNull(in.email());
        boolean anonymousAllowed = category != null && category.mayBeAnonymous();
        if (notifierId == null && !anonymousAllowed) {
            if (name == null) {
                errors.add(new FieldError("name", ComplianceMessages.IS_REQUIRED_FOR_KIND_OF_NOTICE));
            }
            if (email == null) {
                errors.add(new FieldError("email", ComplianceMessages.IS_REQUIRED_FOR_KIND_OF_NOTICE));
            }
        }
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(new FieldError("email", ComplianceMessages.IS_NOT_E_MAIL_ADDRESS));
        }
        if (name != null && TextLength.of(name) > 100) {
            errors.add(new FieldError("name", ComplianceMessages.MUST_BE_AT_MOST_100_CHARACTERS));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        ModeratedContent.Snapshot subject = subjects.snapshot(kind, in.subjectId())
                .orElseThrow(() -> Problems.notFound("subjectId", ComplianceMessages.N_N_DOES_NOT_EXIST,
                        kind.name().toLowerCase(Locale.ROOT), in.subjectId()));
        Instant now = clock.instant();
        long unfounded = unfounded(notifierId, email, now);
        if (unfounded >= PAUSE_AFTER_UNFOUNDED) {
            throw new ProblemException(429, Problems.BASE + "notices-paused",
                    Message.of(ComplianceMessages.NOTICES_PAUSED_TITLE),
                            Message.of(ComplianceMessages.MANY_OF_YOUR_RECENT_NOTICES_WERE_UNFOUNDED_SO),
                    List.of(), (int) PAUSE.toSeconds());
        }
        boolean trusted = notifierId != null && records.isTrustedFlagger(notifierId);
        ReviewCase.Source source = trusted ? ReviewCase.Source.TRUSTED_FLAGGER : ReviewCase.Source.NOTICE;
        int priority = trusted ? 3 : 2;
        ReviewCase c = records.openCaseAbout(kind, in.subjectId()).orElse(null);
        String reason = "notice: " + category.name().toLowerCase(Locale.ROOT);
        if (c == null) {
            c = new ReviewCase(kind, in.subjectId(), subject.authorId(), QueueLanguages.of(subject.text()), source, priority,
                    reason, subject.text(), false, now);
            records.add(c);
        } else {
            c.alsoReported(reason, priority, source);
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Notice n = new Notice(c.getId(), kind, in.subjectId(), category, explanation, url, name,
                email == null ? null : email.toLowerCase(Locale.ROOT), notifierId, trusted, token, now);
        records.add(n);
        String warning = unfounded >= WARN_AFTER_UNFOUNDED
                ? unfounded + " of your notices in the last 90 days needed no action. Please report only what breaks the "
                  + "guidelines or the law: after " + PAUSE_AFTER_UNFOUNDED + ", notices from you are paused for 30 days."
                : null;
        return new Receipt(n.getId(), token, n.getOutcome().name(), now, warning);
    }

    /** The notice's state for whoever holds its receipt (or filed it signed in). */
    public Notice status(long id, String token, Long viewerId) {
        Notice n = records.notice(id).filter(x -> (viewerId != null && viewerId.equals(x.getNotifierId()))
                        || (token != null && java.security.MessageDigest.isEqual(token.getBytes(), x.getReceiptToken().getBytes())))
                .orElseThrow(() -> Problems.notFound("noticeId", ComplianceMessages.NOTICE_N_DOES_NOT_EXIST, id));
        return n;
    }

    private long unfounded(Long notifierId, String email, Instant now) {
        if (notifierId == null && email == null) {
            return 0;
        }
        return records.unfoundedNotices(notifierId, notifierId != null ? null : email.toLowerCase(Locale.ROOT),
                now.minus(UNFOUNDED_MEMORY));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, ComplianceMessages.MUST_BE_ONE_OF_N,
                    java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
