package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.TestImages;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A creator and a reader using the web client in real headless Chromium: sign up, post a note
 * with two images, find it, like it, collect it into a new board, comment, see the
 * notifications, and switch the interface to Chinese.
 */
@WholeApp
class ReaderJourneyIT {
    ChromeDriver driver;
    WebDriverWait wait;
    WebClient web;
    ApiClient api;
    Path work;

    @BeforeEach
    void browser() throws Exception {
        driver = web.driver;
        work = web.work();
        wait = web.wait;
    }

    @Test
    void creatorPostsReaderEngagesCreatorIsNotified() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String creator = "lily" + suffix;
        String reader = "max" + suffix;
        Path img1 = Files.write(work.resolve("one-" + suffix + ".png"), TestImages.png(1200, 1600));
        Path img2 = Files.write(work.resolve("two-" + suffix + ".jpg"), TestImages.jpeg(1600, 1200));

        signUp(creator, "Lily 莉莉");
        open("#/compose");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("files")))
                .sendKeys(img1.toAbsolutePath() + "\n" + img2.toAbsolutePath());
        wait.until(d -> d.findElements(By.cssSelector(".tray .tile img")).size() == 2
                && d.findElements(By.cssSelector(".tray .progress")).isEmpty());
        driver.findElement(By.name("title")).sendKeys("Weekend brunch 周末早午餐");
        // The character count sits under the field in plain grey text, not as a dark pill over what is typed.
        WebElement titleField = driver.findElement(By.name("title"));
        WebElement count = titleField.findElement(By.xpath("following-sibling::span[1]"));
        assertEquals("static", count.getCssValue("position"), "the count is not laid over the field");
        assertTrue(count.getRect().getY() >= titleField.getRect().getY() + titleField.getRect().getHeight(), "it is below it");
        driver.findElement(By.name("body")).sendKeys("Avocado toast and #brunch vibes");
        click(By.name("publish"));
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".note-title")));
        assertEquals("Weekend brunch 周末早午餐", title.getText());
        assertEquals(2, driver.findElements(By.cssSelector(".carousel .slide")).size());
        String noteId = driver.getCurrentUrl().replaceAll(".*#/note/", "");
        logOut();

        signUp(reader, "Max");
        open("#/latest");
        click(By.cssSelector(".card[data-note-id='" + noteId + "']"));
        click(By.cssSelector(".action.like"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".action.like.on")));
        click(By.cssSelector(".action.collect"));
        WebElement boardName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("boardName")));
        boardName.sendKeys("Brunch ideas");
        click(By.cssSelector(".new-board button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".action.collect.on")));
        WebElement comment = driver.findElement(By.name("comment"));
        comment.sendKeys("Where is this place? <b>not bold</b>");
        comment.sendKeys(Keys.ENTER);
        WebElement posted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".comment .comment-body")));
        assertEquals("Where is this place? <b>not bold</b>", posted.getText(), "user text is shown as text");
        assertTrue(driver.findElements(By.cssSelector(".comment-body b")).isEmpty());
        // The thread's header and the comment button count the new comment; "no comments yet" is gone.
        assertEquals("Comments (1)", web.text(By.cssSelector(".comment-section .comments-title")));
        assertEquals("1", web.text(By.cssSelector(".action.comment .n")));
        assertTrue(!web.text(By.cssSelector(".comment-section")).contains("No comments yet"),
                "the empty-thread line went away");
        logOut();

        // Two more people like it: the creator reads one line, "friend, fan and 1 other liked your note".
        for (String fan : new String[] {"fan", "friend"}) {
            assertEquals(200, api.put("/notes/" + noteId + "/like", api.register(fan).token(), null).status());
        }
        logIn(creator);
        open("#/notifications");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.notification[data-kind='COMMENT']")));
        assertEquals(1, driver.findElements(By.cssSelector("li.notification[data-kind='LIKE_NOTE']")).size());
        String liked = web.text(By.cssSelector("li.notification[data-kind='LIKE_NOTE']"));
        assertTrue(liked.contains("friend, fan and 1 other liked your note"), liked);
        assertEquals(1, driver.findElements(By.cssSelector("li.notification[data-kind='COLLECT']")).size());
        click(By.cssSelector(".notification-tabs [data-tab='FOLLOWS']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "No notifications yet."));

        click(By.name("lang"));
        click(By.cssSelector(".lang-option[data-locale='zh-CN']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".bottombar"), "首页"));
        assertTrue(driver.findElement(By.cssSelector(".feed-tabs")).getAttribute("textContent").contains("最新"),
                "the wide screen's feed tabs (hidden on a phone) are in Chinese too");
    }

    private void click(By by) {
        web.click(by);
    }

    private void open(String hash) {
        web.open(hash);
    }

    private void signUp(String handle, String displayName) {
        web.signUp(handle, displayName);
    }

    private void logIn(String handle) {
        web.logIn(handle, WebClient.PASSWORD);
    }

    private void logOut() {
        web.logOut();
    }
}
