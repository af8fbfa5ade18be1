package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.Eventually;
import org.notegarden.app.it.WholeApp;
import org.notegarden.app.it.video.SampleVideos;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A video note in headless Chromium: its card shows the poster with a play badge and the length,
 * and the note plays inline, muted, its clock moving.
 */
@WholeApp
class VideoNoteIT {
    ApiClient api;
    WebClient web;

    @Test
    void aVideoNotePlaysInline() throws Exception {
        ApiClient.User filmer = api.register("vlogger");
        byte[] clip = Files.readAllBytes(SampleVideos.withLocation(Path.of("target"), 6));
        long id = api.send("POST", "/media", filmer.token(), HttpRequest.BodyPublishers.ofByteArray(clip), "video/quicktime")
                .obj().getJsonNumber("id").longValue();
        JsonObject ready = Eventually.await(Duration.ofSeconds(90), () -> api.get("/media/" + id, filmer.token()).obj(),
                m -> !"PROCESSING".equals(m.getString("state")));
        assertEquals("READY", ready.getString("state"), ready.toString());
        long noteId = api.post("/notes", filmer.token(), "{\"title\":\"Tea whisking 点茶\",\"body\":\"#tea\",\"mediaIds\":[" + id
                + "],\"publish\":true}").obj().getJsonNumber("id").longValue();

        web.open("#/u/" + filmer.handle());
        String card = "a.card[data-note-id='" + noteId + "']";
        assertEquals(ready.getString("posterUrl"), web.visible(By.cssSelector(card + " img.cover")).getAttribute("src")
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals("0:06", web.text(By.cssSelector(card + " .badge-video .duration")));

        web.click(By.cssSelector(card));
        web.visible(By.cssSelector("video.note-video"));
        assertTrue((Boolean) web.driver.executeScript("return document.querySelector('video.note-video').muted"), "muted by default");
        // Autoplay may be refused by a policy; a reader's tap on play is what the test stands for then.
        web.driver.executeScript("const v = document.querySelector('video.note-video'); if (v.paused) v.play();");
        new WebDriverWait(web.driver, Duration.ofSeconds(20)).until(d -> ((Number) web.driver.executeScript(
                "return document.querySelector('video.note-video').currentTime")).doubleValue() > 0.5);
    }
}
