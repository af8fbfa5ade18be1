package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.notegarden.app.it.ApiClient.User;
import org.notegarden.app.it.ApiClient;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The safety controls in the web client, in real headless Chromium: asking to follow a private
 * profile, its owner approving from the notification, blocking from a profile, and asking for a
 * password reset.
 */
@WholeApp
class AccountSafetyIT {
    ApiClient api;
    private static final String PASSWORD = "correct horse 1";

    WebClient web;

    @Test
    void followRequestApprovedFromTheNotificationThenBlockAndForgottenPassword() {
        User owner = api.register("quietweb");
        User fan = api.register("fanweb");
        assertEquals(200, api.send("PATCH", "/me", owner.token(), "{\"privateProfile\":true}").status());

        web.logIn(fan.handle(), PASSWORD);
        web.open("#/u/" + owner.handle());
        web.click(By.cssSelector(".profile-head button.btn[data-state='none']"));
        web.wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".profile-head button[data-state]"), "data-state", "requested"));
        web.logOut();

        web.logIn(owner.handle(), PASSWORD);
        web.open("#/notifications");
        web.click(By.cssSelector("li[data-kind='FOLLOW_REQUEST'] button[name='approve']"));
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li[data-kind='FOLLOW_REQUEST'] .request-answer"),
                "approved"));
        assertTrue(api.get("/users/" + owner.handle() + "/followers", owner.token()).raw().body().contains(fan.handle()),
                "the fan now follows");

        web.open("#/u/" + fan.handle());
        web.click(By.name("block"));
        web.driver.switchTo().alert().accept();
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.name("block"), "Unblock"));
        assertEquals(404, api.get("/users/" + owner.handle(), fan.token()).status(), "the blocked fan no longer sees the owner");
        web.logOut();

        web.open("#/login");
        web.click(By.name("forgot"));
        web.type(By.name("email"), owner.handle() + "@example.org");
        web.click(By.name("submit"));
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-card .done")));
    }
}
