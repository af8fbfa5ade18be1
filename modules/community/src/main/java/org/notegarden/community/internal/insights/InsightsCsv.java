package org.notegarden.community.internal.insights;

import java.util.stream.Collectors;

/** A dashboard's notes as CSV (RFC 4180): one row per note, quotes doubled, a BOM so spreadsheet apps read Chinese right. */
final class InsightsCsv {
    private InsightsCsv() {
    }

    static String of(Dashboard d) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("note_id,title,author,published_at,cover_type,topics,impressions,reads,likes,collects,comments,shares,"
                + "product_clicks,orders,revenue_minor,engagement_rate,click_through_rate,conversion_rate\r\n");
        for (Dashboard.NoteRow r : d.notes()) {
            out.append(r.noteId()).append(',').append(quote(r.title())).append(',').append(quote(r.author())).append(',')
                    .append(r.publishedAt() == null ? "" : r.publishedAt()).append(',').append(r.coverType()).append(',')
                    .append(quote(String.join(" ", r.topics()))).append(',').append(r.impressions()).append(',')
                    .append(r.reads()).append(',').append(r.likes()).append(',').append(r.collects()).append(',')
                    .append(r.comments()).append(',').append(r.shares()).append(',').append(r.productClicks()).append(',')
                    .append(r.orders()).append(',')
                    .append(quote(r.revenueMinor().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining("; "))))
                    .append(',').append(r.engagementRate()).append(',').append(r.clickThroughRate()).append(',')
                    .append(r.conversionRate()).append("\r\n");
        }
        return out.toString();
    }

    /** Always quoted; a leading = + - @ is prefixed with ' so a spreadsheet never runs a title as a formula. */
    static String quote(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
