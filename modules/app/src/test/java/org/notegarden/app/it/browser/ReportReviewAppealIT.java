package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.Moderators;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Report → review → statement → appeal in real headless Chromium: a signed-out reader reports a
 * note and keeps the receipt link; a moderator claims the case in the console and removes the
 * note with facts and the rule; the author sees the removal on the note, reads the statement of
 * reasons and appeals; the reader's receipt shows the outcome.
 */
@WholeApp
class ReportReviewAppealIT {
    ApiClient api;
    ChromeDriver driver;
    WebClient web;
    Path work;

    @BeforeEach
    void browser() throws Exception {
        driver = web.driver;
        work = web.work();
    }

    @Test
    void aReportIsReviewedExplainedAndAppealed() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ApiClient.User author = api.register("seller" + suffix);
        long noteId = api.publishNote(author, "Amazing weight loss tea", "Lose 10 kg in 3 days, message me to order");
        ApiClient.User mod = Moderators.appoint(api, api.adminToken(), "mod" + suffix, "\"en\"");

        // A signed-out reader reports the note.
        web.open("#/note/" + noteId);
        web.click(By.cssSelector(".action-bar button[name=report]"));
        new Select(web.visible(By.cssSelector("dialog select[name=category]"))).selectByValue("SCAMS_AND_FRAUD");
        web.type(By.cssSelector("dialog textarea[name=explanation]"), "Dangerous health claim to sell a product.");
        web.type(By.cssSelector("dialog input[name=name]"), "Rita Reader");
        web.type(By.cssSelector("dialog input[name=email]"), "rita@example.org");
        web.click(By.cssSelector("dialog input[name=goodFaith]"));
        web.click(By.cssSelector("dialog button[name=sendReport]"));
        String receipt = web.visible(By.cssSelector("dialog input[name=receiptLink]")).getAttribute("value");
        assertTrue(receipt.contains("#/notice/"), receipt);
        web.click(By.cssSelector("dialog.receipt button"));

        // The moderator claims it in the English queue and removes the note.
        web.logIn(mod.handle(), "correct horse 1");
        web.open("#/moderation/en");
        web.click(By.xpath("//a[contains(@class,'case-row') and contains(., '" + noteId + "')]"));
        assertTrue(web.text(By.name("snapshot")).contains("Lose 10 kg"));
        web.click(By.name("claim"));
        new Select(web.visible(By.name("decision"))).selectByValue("REMOVE");
        web.type(By.name("facts"), "Promises impossible weight loss to sell tea.");
        web.type(By.name("policyClause"), "Commerce Policy §5 Health claims");
        web.click(By.name("decide"));
        web.visible(By.cssSelector(".decided"));
        web.logOut();

        // The author sees the removal, reads why, and appeals.
        web.logIn(author.handle(), "correct horse 1");
        web.open("#/note/" + noteId);
        web.visible(By.name("removedBanner"));
        web.open("#/statements");
        String facts = web.text(By.cssSelector(".statement dd[name=facts]"));
        assertEquals("Promises impossible weight loss to sell tea.", facts);
        assertTrue(web.text(By.cssSelector(".statement")).contains("Commerce Policy §5 Health claims"));
        web.type(By.name("appealReason"), "It is herbal tea with a disclaimer; please look again.");
        web.click(By.name("sendAppeal"));
        web.visible(By.name("appealState"));
        web.logOut();

        // The reader's receipt shows the outcome.
        driver.get(receipt);
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-ACTION_TAKEN")));
    }
}
