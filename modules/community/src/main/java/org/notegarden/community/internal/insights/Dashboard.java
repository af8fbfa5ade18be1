package org.notegarden.community.internal.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A creator's or brand's figures for a period: what the dashboards and the CSV show.
 * {@code minReadsForRates}: below that many reads a rate says more about chance than about the
 * content (one read and 47 likes from the grid is "4,700 %"), so the dashboards show "not
 * enough data yet" instead of it.
 */
public record Dashboard(LocalDate from, LocalDate to, Totals totals, List<Day> series, List<Share> byRegion,
                        List<Share> byLocale, List<TopicRow> byTopic, List<NoteRow> notes, long accountMedianReads,
                        List<Insight> best, int minReadsForRates) {
    public static final int MIN_READS_FOR_RATES = 20;

    /** Figures per topic: a note counts towards each of its topics. */
    public record TopicRow(String topic, int notes, long reads, long engagements, double engagementRate, long productClicks,
                           long orders) {
    }

    /** Sums over the period; revenue per currency (shops price in their own). */
    public record Totals(long impressions, long reads, long likes, long collects, long comments, long shares,
                         long productClicks, long orders, Map<String, Long> revenueMinor, long followersGained,
                         double engagementRate, double clickThroughRate) {
    }

    public record Day(LocalDate day, long impressions, long reads, long engagements, long productClicks, long followersGained) {
    }

    public record Share(String key, long reads) {
    }

    /** One note's figures; rates are fractions (0.12 = 12 %), 0 when it had no reads. */
    public record NoteRow(long noteId, String title, String author, String publishedAt, String coverType, List<String> topics,
                          long impressions, long reads, long likes, long collects, long comments, long shares,
                          long productClicks, long orders, Map<String, Long> revenueMinor, double engagementRate,
                          double clickThroughRate, double conversionRate) {
    }

    /**
     * "What works": a group of the account's notes (dimension topic, postingHour, coverType or
     * titleLength) with their median reads, against the account's own median ({@code lift} 1.5 =
     * 50 % more reads than usual).
     */
    public record Insight(String dimension, String group, int notes, long medianReads, double lift) {
    }
}
