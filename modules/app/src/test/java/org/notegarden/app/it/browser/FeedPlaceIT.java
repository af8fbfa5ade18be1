package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * A reader on a phone scrolls the latest feed: cards already on screen never move when the next
 * page arrives, and going back from a note returns to the same place in the same feed, with the
 * pages already loaded.
 */
@WholeApp
class FeedPlaceIT {
    ApiClient api;
    WebClient web;

    @Test
    void theFeedKeepsItsCardsAndTheReadersPlace() {
        publishCardsOfManyShapes(45);
        signInAsNew("place");
        web.driver.manage().window().setSize(new Dimension(390, 844));
        web.open("#/latest");
        web.wait.until(d -> cards().size() >= 20);
        // A card under the mouse lifts 2 px on hover: that is not the card moving.
        web.driver.executeScript("document.head.append(Object.assign(document.createElement('style'),"
                + " {textContent: '.card, .card:hover { transform: none !important; transition: none !important; }'}))");
        Map<String, List<Long>> firstPage = positions();

        web.driver.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
        web.wait.until(d -> cards().size() >= 40);
        Map<String, List<Long>> afterSecondPage = positions();
        firstPage.forEach((id, at) -> assertEquals(at, afterSecondPage.get(id), "card " + id + " stayed where it was shown"));

        // Read a note from the middle of the second screen, then come back.
        web.driver.executeScript("window.scrollTo(0, 1132)");
        long scrolled = number("return Math.round(scrollY)");
        assertTrue(scrolled > 1000, "the feed is long enough to scroll: " + scrolled);
        String noteId = (String) web.driver.executeScript(
                "const c = document.elementFromPoint(innerWidth / 4, innerHeight / 2).closest('.card');"
                        + " c.click(); return c.dataset.noteId;");
        web.visible(By.cssSelector(".note-title"));
        web.driver.navigate().back();
        web.wait.until(d -> !cards().isEmpty());
        assertEquals(scrolled, number("return Math.round(scrollY)"), "back returns to the same place");
        assertTrue(cards().size() >= 40, "the pages already loaded are still there");
        assertEquals(Boolean.TRUE, web.driver.executeScript("const r = document.querySelector(\".card[data-note-id='\" + arguments[0]"
                + " + \"']\").getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight", noteId),
                "the note just read is on screen");
    }

    @Test
    void homeOnAPhoneIsOneRowOfTabsThenCards() {
        publishCardsOfManyShapes(4);
        signInAsNew("chrome");
        web.driver.manage().window().setSize(new Dimension(390, 844));
        web.open("#/");
        web.wait.until(d -> !cards().isEmpty());
        long forYou = number("return [...document.querySelectorAll('body *')].filter(e => e.children.length === 0"
                + " && e.textContent.trim() === 'For you' && e.getClientRects().length > 0).length");
        assertEquals(1, forYou, "'For you' is said once, not by the top bar, the channels and the mode chips at once");
        long firstCard = number("return Math.round(document.querySelector('.grid .card').getBoundingClientRect().top)");
        assertTrue(firstCard < 160, "the first card starts near the top of an 844 px screen, not at 320 px: " + firstCard);
        assertEquals(Boolean.TRUE, web.driver.executeScript("const f = document.querySelector('.following-channel');"
                + " const r = f.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth"), "Following is not cut off");
        WebElement why = web.driver.findElement(By.cssSelector(".grid .card .why"));
        // The ⋯ is a thumb-sized (44 px) button; a printed reason would be a card-wide line.
        assertTrue(why.getRect().getWidth() <= 48 && !web.driver.findElement(By.cssSelector(".grid .card .why-panel")).isDisplayed(),
                "why a card is shown waits to be asked: a ⋯ button, no reason printed under the card");
        web.click(By.name("feedSettings"));
        assertTrue(web.visible(By.cssSelector(".feed-modes")).isDisplayed(), "the feed's settings are one tap away");
    }

    @Test
    void onAPhoneANoteIsDoubleTappedSwipedAndAnsweredLikeInAnApp() {
        publishCardsOfManyShapes(6);
        signInAsNew("swiper");
        web.driver.manage().window().setSize(new Dimension(390, 844));
        web.open("#/latest");
        web.wait.until(d -> cards().size() >= 3);
        @SuppressWarnings("unchecked")
        List<String> inReadingOrder = (List<String>) web.driver.executeScript("return [...document.querySelectorAll('.card[data-seq]')]"
                + ".sort((a, b) => a.dataset.seq - b.dataset.seq).map(c => c.dataset.noteId)");
        web.driver.executeScript("document.querySelector(\".card[data-note-id='\" + arguments[0] + \"']\").click()", inReadingOrder.get(0));
        web.visible(By.cssSelector(".note-title"));

        assertTrue(!web.driver.findElement(By.cssSelector(".bottombar")).isDisplayed(), "the tab bar steps aside while a note is open");
        web.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".toast")));
        web.click(By.name("saySomething"));
        assertEquals(Boolean.TRUE, web.driver.executeScript("return document.activeElement.classList.contains('comment-input')"));

        WebElement media = web.driver.findElement(By.cssSelector(".note-media"));
        web.driver.executeScript("window.scrollTo(0, 0)");
        org.openqa.selenium.Rectangle at = media.getRect();
        int x = at.getX() + at.getWidth() / 2;
        int y = at.getY() + at.getHeight() / 2;
        web.driver.perform(List.of(touch(x, y, x, y, true)));
        web.visible(By.cssSelector(".action.like.on"));
        assertEquals("1", web.text(By.cssSelector(".action.like .n")), "a double tap is a like");
        web.driver.perform(List.of(touch(x, y, x, y, true)));
        assertEquals("1", web.text(By.cssSelector(".action.like .n")), "and never takes it back");

        web.driver.perform(List.of(touch(x, y + 100, x, y - 100, false)));
        web.wait.until(d -> d.getCurrentUrl().endsWith("#/note/" + inReadingOrder.get(1)));
        web.visible(By.cssSelector(".note-title"));
        web.driver.navigate().back();
        web.wait.until(d -> d.getCurrentUrl().endsWith("#/latest") && !cards().isEmpty());
    }

    /** A finger on the screen: a double tap at (x1, y1), or a swipe from there to (x2, y2). */
    private static org.openqa.selenium.interactions.Sequence touch(int x1, int y1, int x2, int y2, boolean doubleTap) {
        var finger = new org.openqa.selenium.interactions.PointerInput(org.openqa.selenium.interactions.PointerInput.Kind.TOUCH, "finger");
        var origin = org.openqa.selenium.interactions.PointerInput.Origin.viewport();
        var left = org.openqa.selenium.interactions.PointerInput.MouseButton.LEFT.asArg();
        var s = new org.openqa.selenium.interactions.Sequence(finger, 0);
        s.addAction(finger.createPointerMove(java.time.Duration.ZERO, origin, x1, y1));
        s.addAction(finger.createPointerDown(left));
        if (doubleTap) {
            s.addAction(finger.createPointerUp(left));
            s.addAction(new org.openqa.selenium.interactions.Pause(finger, java.time.Duration.ofMillis(90)));
            s.addAction(finger.createPointerDown(left));
        } else {
            s.addAction(finger.createPointerMove(java.time.Duration.ofMillis(250), origin, x2, y2));
        }
        s.addAction(finger.createPointerUp(left));
        return s;
    }

    /**
     * A new reader, signed up through the API (each from its own address, as the sign-up limits
     * per network expect) and signed in through the web client.
     */
    private void signInAsNew(String prefix) {
        web.logIn(api.register(prefix).handle(), "correct horse 1");
    }

    private List<WebElement> cards() {
        return web.driver.findElements(By.cssSelector(".grid .card"));
    }

    private long number(String script) {
        return ((Number) web.driver.executeScript(script)).longValue();
    }

    /** Where each card sits in the page (not the window), by note id. */
    private Map<String, List<Long>> positions() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) web.driver.executeScript(
                "return [...document.querySelectorAll('.grid .card')].map(c => { const r = c.getBoundingClientRect();"
                        + " return {id: c.dataset.noteId, x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY)}; })");
        Map<String, List<Long>> at = new HashMap<>();
        rows.forEach(r -> at.put((String) r.get("id"), List.of(((Number) r.get("x")).longValue(), ((Number) r.get("y")).longValue())));
        return at;
    }

    /** Notes from three authors, with covers of three shapes, so the columns grow unevenly. */
    private void publishCardsOfManyShapes(int count) {
        int[][] shapes = {{320, 240}, {240, 320}, {240, 400}};
        List<ApiClient.User> authors = List.of(api.register("wide"), api.register("tall"), api.register("mixed"),
                api.register("square"), api.register("round"));
        for (int i = 0; i < count; i++) {
            ApiClient.User author = authors.get(i % authors.size());
            int[] shape = shapes[(i / 3 + i) % shapes.length];
            // Every picture a little different in size, so none is taken for a re-post of another.
            long media = api.upload(author, TestImages.png(shape[0] + i, shape[1] + 2 * i), "image/png");
            String body = Json.createObjectBuilder().add("title", "Window box garden, week " + i)
                    .add("body", "Day " + i + ": " + UUID.randomUUID() + " sprouted").add("mediaIds", Json.createArrayBuilder().add(media))
                    .add("publish", true).build().toString();
            ApiClient.Res posted = api.post("/notes", author.token(), body);
            assertEquals(201, posted.status(), posted.toString());
        }
    }
}
