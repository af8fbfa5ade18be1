package org.notegarden.community.internal.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.notegarden.community.internal.CommunityMessages;
import org.notegarden.platform.api.FieldError;
import org.notegarden.platform.api.Problems;

/**
 * A checked search request: the words, the sort, the note-type and time filters, the page and
 * whether the other language is searched too. Bad values answer 422 naming the parameter.
 */
record SearchQuery(String text, Sort sort, String noteKind, Period period, int offset, int limit, boolean crossLanguage) {
    static final int MAX_TEXT = 100;
    static final int MAX_OFFSET = 1000;

    enum Sort { RELEVANCE, LATEST, MOST_LIKED, MOST_COLLECTED }

    enum Period {
        ANY(null), DAY(Duration.ofDays(1)), WEEK(Duration.ofDays(7)), HALF_YEAR(Duration.ofDays(182));

        final Duration length;

        Period(Duration length) {
            this.length = length;
        }

        Instant since(Instant now) {
            return length == null ? null : now.minus(length);
        }
    }

    static SearchQuery of(String q, String sort, String type, String time, Integer offset, Integer limit, Boolean crossLanguage) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new FieldError("q", CommunityMessages.MUST_BE_AT_MOST_N_CHARACTERS, MAX_TEXT));
        }
        Sort s = parse(Sort.class, sort, Sort.RELEVANCE, "sort", errors);
        Period p = parse(Period.class, time, Period.ANY, "time", errors);
        String kind = null;
        if (type != null && !type.isBlank()) {
            kind = switch (type.strip().toUpperCase(Locale.ROOT)) {
                case "IMAGES", "VIDEO" -> type.strip().toUpperCase(Locale.ROOT);
                default -> {
                    errors.add(new FieldError("type", CommunityMessages.MUST_BE_IMAGES_OR_VIDEO));
                    yield null;
                }
            };
        }
        int off = offset == null ? 0 : offset;
        if (off < 0 || off > MAX_OFFSET) {
            errors.add(new FieldError("offset", CommunityMessages.MUST_BE_BETWEEN_0_AND_N, MAX_OFFSET));
        }
        int lim = limit == null ? 20 : limit;
        if (lim < 1 || lim > 50) {
            errors.add(new FieldError("limit", CommunityMessages.MUST_BE_BETWEEN_1_AND_50));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new SearchQuery(text, s, kind, p, off, lim, crossLanguage == null || crossLanguage);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, CommunityMessages.MUST_BE_ONE_OF_N,
                    java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
            return fallback;
        }
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    /** Pinyin is tried for queries written in Latin letters only ("kafei", "ka fei"). */
    boolean mayBePinyin() {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ');
    }
}
