package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Writing a note as on a phone: "@" offers people and "#" offers topics from the server while
 * typing, an unfinished note comes back when compose opens again until it is saved, and a
 * picture is cropped to the grid's 3:4 by the server.
 */
@WholeApp
class ComposeIT {
    ApiClient api;
    WebClient web;

    @Test
    void mentionsAndTopicsAreOfferedAndDraftsComeBack() throws Exception {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        ApiClient.User friend = api.register("maple" + marker);
        api.publishNote(friend, "Autumn walk", "Leaves everywhere #maple" + marker);
        web.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ApiClient.User writer = api.register("writer");
        web.logIn(writer.handle(), "correct horse 1");
        web.open("#/compose");

        WebElement body = web.visible(By.name("body"));
        // Typed far enough to be this run's people and topics only: the suggestions list shows six,
        // and a database that served earlier runs holds other "maple…" ones.
        body.sendKeys("Walked with @maple" + marker);
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggest-option[data-value='" + friend.handle() + "']")));
        body.sendKeys(Keys.ENTER);
        assertEquals("Walked with @" + friend.handle() + " ", body.getAttribute("value"), "Enter takes the person offered");
        body.sendKeys("under the #maple" + marker.substring(0, 4));
        web.click(By.cssSelector(".suggest-option[data-value='maple" + marker + "']"));
        assertEquals("Walked with @" + friend.handle() + " under the #maple" + marker + " ", body.getAttribute("value"));
        web.type(By.name("title"), "Red leaves");

        // Away and back: the unfinished note is still there.
        web.open("#/latest");
        web.open("#/compose");
        web.visible(By.cssSelector(".draft-restored"));
        assertEquals("Red leaves", web.visible(By.name("title")).getAttribute("value"));
        assertTrue(web.driver.findElement(By.name("body")).getAttribute("value").contains("#maple" + marker));

        // A landscape photo cropped to the grid's 3:4 by the server, as a new picture, keeping the
        // part the writer dragged the frame over: the right-hand side.
        java.nio.file.Path photo = java.nio.file.Files.write(web.work().resolve("wide-" + marker + ".png"),
                org.notegarden.app.it.TestImages.stripes(1200, 900));
        web.driver.findElement(By.name("files")).sendKeys(photo.toAbsolutePath().toString());
        web.wait.until(d -> d.findElements(By.cssSelector(".tray .tile img")).size() == 1
                && d.findElements(By.cssSelector(".tray .progress")).isEmpty());
        String before = web.driver.findElement(By.cssSelector(".tray .tile img")).getAttribute("src");
        new org.openqa.selenium.support.ui.Select(web.visible(By.name("crop"))).selectByValue("3:4");
        org.openqa.selenium.WebElement frame = web.visible(By.cssSelector(".crop-sheet .crop-frame"));
        web.wait.until(d -> frame.getAttribute("aria-valuenow") != null);
        assertEquals("50", frame.getAttribute("aria-valuenow"), "the frame starts centred");
        assertTrue(web.text(By.cssSelector(".crop-sheet .crop-hint")).contains("3:4"), "says what to do");
        new org.openqa.selenium.interactions.Actions(web.driver).dragAndDropBy(frame, 160, 0).perform();
        assertEquals("100", frame.getAttribute("aria-valuenow"), "dragged as far right as it goes");
        java.nio.file.Files.write(web.work().resolve("compose-crop.png"), web.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        web.click(By.name("applyCrop"));
        web.wait.until(d -> !d.findElement(By.cssSelector(".tray .tile img")).getAttribute("src").equals(before));
        // The picture's own buttons (crop, move, remove) are thumb-sized on a phone too.
        assertEquals(java.util.List.of(), TapTargets.under44(web, "compose with a picture"));

        web.click(By.name("saveDraft"));
        web.visible(By.cssSelector(".note-title"));
        String noteId = web.driver.getCurrentUrl().replaceAll(".*#/note/", "");
        jakarta.json.JsonObject picture = api.get("/notes/" + noteId, writer.token()).obj().getJsonArray("media").getJsonObject(0);
        assertEquals(675, picture.getInt("width"), "900 high at 3:4");
        assertEquals(900, picture.getInt("height"));
        java.awt.image.BufferedImage kept = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                api.bytes(picture.getString("url"))));
        int leftEdge = kept.getRGB(10, 450);
        int rightEdge = kept.getRGB(kept.getWidth() - 10, 450);
        assertTrue(((leftEdge >> 8) & 0xff) > 120 && ((leftEdge >> 16) & 0xff) < 90,
                "the right-hand 675 px start in the green stripe, no red: " + Integer.toHexString(leftEdge));
        assertTrue((rightEdge & 0xff) > 150 && ((rightEdge >> 16) & 0xff) < 90, "and end in the blue one: " + Integer.toHexString(rightEdge));
        long cropped = picture.getJsonNumber("id").longValue();
        assertEquals(404, api.post("/media/crops", friend.token(), "{\"mediaId\":" + cropped + ",\"ratio\":\"1:1\"}").status(),
                "nobody crops another's picture");
        ApiClient.Res odd = api.post("/media/crops", writer.token(), "{\"mediaId\":" + cropped + ",\"ratio\":\"16:9\"}");
        assertEquals(422, odd.status());
        assertEquals("ratio", odd.problemField());
        web.open("#/compose");
        assertEquals("", web.visible(By.name("title")).getAttribute("value"), "once saved, compose starts empty");
        assertTrue(web.driver.findElements(By.cssSelector(".draft-restored")).isEmpty());
    }
}
