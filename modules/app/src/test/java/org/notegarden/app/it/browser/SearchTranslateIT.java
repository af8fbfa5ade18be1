package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.SearchMarkers;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In real headless Chromium: search with suggestions while typing, open a Chinese note from the
 * results and translate it (and back), see why a card is in the home feed, and switch the whole
 * interface to 繁體中文.
 */
@WholeApp
class SearchTranslateIT {
    ApiClient api;
    WebClient web;

    @Test
    void searchSuggestTranslateAndTraditionalChinese() {
        String m = SearchMarkers.fresh();
        ApiClient.User author = api.register("cafeauthor");
        // Text of its own: other ITs share the database, and near-duplicates across accounts are held.
        long noteId = api.publishNote(author, "静安区安静的咖啡店", "手冲咖啡很香，窗边的位置适合看书 " + m);
        String term = "咖啡店 " + m;
        // Two other people searched for it, so it may be suggested.
        for (int i = 0; i < 2; i++) {
            api.get("/search/notes?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8), api.register("seeker").token());
        }
        // Searches reach the log within two seconds: the box asks once per keystroke, so the term
        // must be suggestible before the reader types (on a fast machine the sign-up below was quicker).
        String typed = URLEncoder.encode("咖啡店 zq", StandardCharsets.UTF_8);
        assertTrue(Eventually.await(Duration.ofSeconds(10), () -> api.get("/search/suggest?q=" + typed, null).raw().body(),
                b -> b.contains(m)).contains(m), "both searches are written to the log");

        web.signUp("reader" + m, "Rita");
        web.open("#/search");
        web.type(By.name("q"), "咖啡店 zq");
        web.click(By.xpath("//a[contains(@class,'suggestion') and contains(., '" + m + "')]"));
        web.click(By.cssSelector(".search-results .card[data-note-id='" + noteId + "']"));
        web.visible(By.cssSelector(".note-title"));

        web.click(By.name("translate"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".translation-label"), "word by word"));
        assertTrue(web.text(By.cssSelector(".note-body")).toLowerCase().contains("coffee"));
        web.click(By.name("translate"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".note-body"), "手冲咖啡"));

        // Typed as pinyin, the search says which word it read.
        web.open("#/search?q=kafei");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".translated"), "Showing results for 咖啡"));

        web.open("#/");
        web.click(By.cssSelector(".card .why"));
        web.visible(By.cssSelector(".why-panel .why-reasons li"));

        web.click(By.name("lang"));
        web.click(By.cssSelector(".lang-option[data-locale='zh-TW']"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".bottombar"), "首頁"));
        web.open("#/search");
        web.wait.until(ExpectedConditions.attributeContains(By.name("q"), "placeholder", "搜尋"));
        // The hot list arrives after the box (it is fetched); wait for it like a reader would.
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hot-searches"), "熱門搜尋"));
    }
}
