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
 * typing, and an unfinished note comes back when compose opens again, until it is published.
 */
@WholeApp
class ComposeIT {
    ApiClient api;
    WebClient web;

    @Test
    void mentionsAndTopicsAreOfferedAndDraftsComeBack() {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        ApiClient.User friend = api.register("maple" + marker);
        api.publishNote(friend, "Autumn walk", "Leaves everywhere #maple" + marker);
        web.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        web.logIn(api.register("writer").handle(), "correct horse 1");
        web.open("#/compose");

        WebElement body = web.visible(By.name("body"));
        body.sendKeys("Walked with @maple" + marker.substring(0, 3));
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggest-option[data-value='" + friend.handle() + "']")));
        body.sendKeys(Keys.ENTER);
        assertEquals("Walked with @" + friend.handle() + " ", body.getAttribute("value"), "Enter takes the person offered");
        body.sendKeys("under the #maple");
        web.click(By.cssSelector(".suggest-option[data-value='maple" + marker + "']"));
        assertEquals("Walked with @" + friend.handle() + " under the #maple" + marker + " ", body.getAttribute("value"));
        web.type(By.name("title"), "Red leaves");

        // Away and back: the unfinished note is still there.
        web.open("#/latest");
        web.open("#/compose");
        web.visible(By.cssSelector(".draft-restored"));
        assertEquals("Red leaves", web.visible(By.name("title")).getAttribute("value"));
        assertTrue(web.driver.findElement(By.name("body")).getAttribute("value").contains("#maple" + marker));

        web.click(By.name("saveDraft"));
        web.visible(By.cssSelector(".note-title"));
        web.open("#/compose");
        assertEquals("", web.visible(By.name("title")).getAttribute("value"), "once saved, compose starts empty");
        assertTrue(web.driver.findElements(By.cssSelector(".draft-restored")).isEmpty());
    }
}
