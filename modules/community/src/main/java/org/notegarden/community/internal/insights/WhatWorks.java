package org.notegarden.community.internal.insights;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.notegarden.community.internal.note.Note;
import org.notegarden.platform.api.TextLength;

/**
 * Groups an account's notes by topic, posting hour, cover type and title length, and compares
 * each group's median reads with the account's own median: what performs best for this
 * account, not for an average one. Groups of one note are left out (a single note is anecdote),
 * and so is everything while the account's median note has no reads: there is nothing to compare
 * with yet.
 */
final class WhatWorks {
    private WhatWorks() {
    }

    static List<Dashboard.Insight> of(List<Note> notes, List<Dashboard.NoteRow> rows, long accountMedian, ZoneId zone) {
        if (accountMedian == 0) {
            return List.of();
        }
        Map<Long, Long> reads = new HashMap<>();
        rows.forEach(r -> reads.put(r.noteId(), r.reads()));
        Map<String, Map<String, List<Long>>> groups = new TreeMap<>();
        for (Note n : notes) {
            long r = reads.getOrDefault(n.getId(), 0L);
            for (String topic : n.getTopics()) {
                add(groups, "topic", "#" + topic, r);
            }
            if (n.getPublishedAt() != null) {
                add(groups, "postingHour", hourBucket(n.getPublishedAt().atZone(zone).getHour()), r);
            }
            add(groups, "coverType", coverType(n), r);
            add(groups, "titleLength", titleLength(n.getTitle()), r);
        }
        List<Dashboard.Insight> out = new ArrayList<>();
        groups.forEach((dimension, byGroup) -> byGroup.forEach((group, values) -> {
            if (values.size() >= 2) {
                long median = InsightQueries.median(values);
                double lift = Math.round(median * 100.0 / accountMedian) / 100.0;
                out.add(new Dashboard.Insight(dimension, group, values.size(), median, lift));
            }
        }));
        out.sort((a, b) -> Double.compare(b.lift(), a.lift()));
        return out;
    }

    private static void add(Map<String, Map<String, List<Long>>> groups, String dimension, String group, long reads) {
        groups.computeIfAbsent(dimension, d -> new TreeMap<>()).computeIfAbsent(group, g -> new ArrayList<>()).add(reads);
    }

    /** Six-hour windows of the viewer's day ({@code tz}), as a clock shows them: "18:00–24:00". */
    static String hourBucket(int hour) {
        int start = hour / 6 * 6;
        return String.format("%02d:00–%02d:00", start, start + 6);
    }

    static String coverType(Note n) {
        if (n.getKind() == Note.Kind.VIDEO) {
            return "video";
        }
        return n.getMediaIds().size() > 1 ? "carousel" : n.getMediaIds().isEmpty() ? "text" : "single-image";
    }

    static String titleLength(String title) {
        int len = TextLength.of(title);
        return len <= 10 ? "short (≤10)" : len <= 20 ? "medium (11-20)" : "long (>20)";
    }
}
