package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The creator dashboard in headless Chromium: after readers open a note and feeds show it, the
 * creator sees the figures, the ECharts charts drawn from the WebJar, the note's row and the CSV link;
 * then takes a title from the content assistant and the published note is labelled AI-assisted.
 */
@WholeApp
class CreatorDashboardIT {
    ApiClient api;
    WebClient web;

    @Test
    void aCreatorSeesHowTheirNotesDo() throws Exception {
        String handle = "ivy" + UUID.randomUUID().toString().substring(0, 6);
        web.signUp(handle, "Ivy");
        String token = api.post("/auth/login", null, "{\"login\":\"" + handle + "\",\"password\":\"" + WebClient.PASSWORD
                + "\",\"mode\":\"token\"}").obj().getString("token");
        long noteId = api.publishNote(new ApiClient.User(0, handle, token), "Matcha latte art 抹茶拉花", "#matcha");
        for (int i = 0; i < 7; i++) {
            api.get("/notes/" + noteId, null);
        }
        Eventually.await(Duration.ofSeconds(20),
                () -> api.get("/insights/creator", token).obj().getJsonObject("totals").getInt("reads"), reads -> reads >= 7);

        web.open("#/insights");
        assertEquals("7", web.text(By.cssSelector("[data-kpi='reads'] .kpi-value")));
        // Seven reads say nothing about a rate yet: no "4,700 %", but a plain "not enough data yet".
        assertEquals("—", web.text(By.cssSelector("[data-kpi='engagementRate'] .kpi-value")));
        assertTrue(web.text(By.cssSelector("[data-kpi='engagementRate']")).contains("Not enough data yet"));
        assertEquals("—", web.text(By.cssSelector("[data-kpi='clickThroughRate'] .kpi-value")));
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-daily canvas")));
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-origin canvas")));
        assertTrue(web.text(By.cssSelector("tr[data-note-id='" + noteId + "']")).contains("Matcha latte art"));
        assertTrue(web.driver.findElement(By.name("csv")).getAttribute("href").contains("/api/v1/insights/creator.csv?days=30&tz="));
        web.click(By.linkText("Last 7 days"));
        web.wait.until(ExpectedConditions.urlContains("days=7"));
        assertEquals("7", web.text(By.cssSelector("[data-kpi='reads'] .kpi-value")));
        assertTrue(web.text(By.cssSelector("table[name=topics] tr[data-topic='matcha']")).contains("7"));
        web.click(By.cssSelector("tr[data-note-id='" + noteId + "'] a"));
        web.wait.until(ExpectedConditions.urlContains("#/insights/note/" + noteId));
        assertEquals("7", web.text(By.cssSelector("[data-kpi='reads'] .kpi-value")));
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-daily canvas")));

        // The assistant suggests; taking a suggested title labels the note AI-assisted.
        java.nio.file.Path photo = java.nio.file.Files.write(web.work().resolve(handle + ".png"),
                org.notegarden.app.it.TestImages.png(900, 1200));
        web.open("#/compose");
        web.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("files"))).sendKeys(photo.toAbsolutePath().toString());
        web.wait.until(d -> d.findElements(By.cssSelector(".tray .tile img")).size() == 1
                && d.findElements(By.cssSelector(".tray .progress")).isEmpty());
        web.type(By.name("title"), "Matcha at home");
        web.click(By.name("suggest"));
        web.click(By.cssSelector("button[name=useTitle]"));
        web.click(By.name("publish"));
        assertEquals("AI-assisted", web.text(By.cssSelector("[data-label='ai-assisted']")));
    }

    private org.openqa.selenium.chrome.ChromeDriver driver() {
        return web.driver;
    }
}
