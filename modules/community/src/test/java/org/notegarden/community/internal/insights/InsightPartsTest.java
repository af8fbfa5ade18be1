package org.notegarden.community.internal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notegarden.community.internal.tally.Origin;

class InsightPartsTest {
    @Test
    void originIsTheIpCountryAndAUiLocale() {
        assertEquals(new Origin("CN", "zh-CN"), Origin.of("zh-CN,zh;q=0.9,en;q=0.8", "CN"));
        assertEquals(new Origin("US", "zh-TW"), Origin.of("zh-TW", "US"), "the language does not imply the region");
        assertEquals(new Origin("--", "en"), Origin.of("en", null));
        assertEquals(new Origin("FR", "other"), Origin.of("fr-FR", "FR"));
        assertEquals(Origin.UNKNOWN, Origin.of(null, null));
    }

    @Test
    void csvQuotesEverythingAndDefusesFormulas() {
        assertEquals("\"say \"\"hi\"\"\"", InsightsCsv.quote("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", InsightsCsv.quote("=HYPERLINK(1)"));
        assertEquals("\"咖啡, 拿铁\"", InsightsCsv.quote("咖啡, 拿铁"));
    }

    @Test
    void mediansAndRatios() {
        assertEquals(3, InsightQueries.median(List.of(5L, 1L, 3L)));
        assertEquals(4, InsightQueries.median(List.of(5L, 1L, 3L, 7L)));
        assertEquals(0, InsightQueries.median(List.of()));
        assertEquals(0.3333, InsightQueries.ratio(1, 3));
        assertEquals(0, InsightQueries.ratio(5, 0));
        assertEquals("18:00–24:00", WhatWorks.hourBucket(23));
        assertEquals("short (≤10)", WhatWorks.titleLength("咖啡店探店"));
    }
}
