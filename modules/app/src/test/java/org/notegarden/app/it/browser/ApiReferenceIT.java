package org.notegarden.app.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.notegarden.app.it.WholeApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The human-readable API reference at /api-docs/ renders in real Chromium from the WebJar, under
 * the app's strict Content-Security-Policy, reading the server's own OpenAPI document; the web
 * client's footer links to it.
 */
@WholeApp
class ApiReferenceIT {
    WebClient web;

    @Test
    void theReferenceRendersTheServersDocumentAndTheFooterLinksToIt() {
        web.open("#/");
        WebElement link = web.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer a[name=apiDocs]")));
        assertTrue(link.getAttribute("href").endsWith("/api-docs/"), link.getAttribute("href"));

        // Not the app's page: load it directly rather than waiting for the web client to be ready.
        web.driver.get(link.getAttribute("href"));
        WebElement title = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
        assertTrue(title.getText().contains("Notegarden API"), title.getText());
        // The server's own operations are listed (Swagger UI draws a long list as the reader scrolls).
        web.wait.until(d -> d.findElements(By.cssSelector(".opblock-summary-path[data-path^='/api/v1/']")).size() >= 3);
    }
}
