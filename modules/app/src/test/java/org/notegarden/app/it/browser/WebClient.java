package org.notegarden.app.it.browser;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does in the web client, as steps the browser tests share. */
public final class WebClient {
    static final String PASSWORD = "garden party 2026";

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final URL url;

    private final Path work;

    private WebClient(ChromeDriver driver, URL url, Path work) {
        this.driver = driver;
        this.url = url;
        this.work = work;
        // The client re-renders views in place: an element found a moment ago may be replaced
        // before its text is read. Chromium reports that as a plain WebDriverException ("Node with
        // given id does not belong to the document"), not a stale element, so the wait looks again
        // instead of failing the test on a race the user never sees.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
    }

    /** A fresh headless browser on the deployed app; screenshots and profiles go under target/browser. */
    public static WebClient start(URL url) throws IOException {
        Path work = Files.createDirectories(Path.of("target", "browser"));
        return new WebClient(Browser.start(work), url, work);
    }

    Path work() {
        return work;
    }

    /** Keeps the last screen (for a failing test's post-mortem) and closes the browser. */
    public void close(String screenshotName) throws IOException {
        Files.write(work.resolve(screenshotName), driver.getScreenshotAs(OutputType.BYTES));
        driver.quit();
    }

    /**
     * Clicks like a person would: the element is brought to the middle of the screen first, so
     * the fixed top and bottom bars never sit on top of it. Finding, scrolling and clicking are
     * one step that is tried again as a whole when the view re-renders in between.
     */
    void click(By by) {
        wait.until(d -> {
            WebElement el = d.findElement(by);
            if (!el.isDisplayed() || !el.isEnabled()) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
            el.click();
            return true;
        });
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The text of a visible element, read again if the view re-renders while it is being read. */
    String text(By by) {
        return wait.until(d -> {
            WebElement el = d.findElement(by);
            return el.isDisplayed() ? el.getText() : null;
        });
    }

    /** Types into a field; tried again as a whole (clearing first) if the view re-renders meanwhile. */
    void type(By by, String text) {
        wait.until(d -> {
            WebElement el = d.findElement(by);
            if (!el.isDisplayed()) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
            el.clear();
            el.sendKeys(text);
            return true;
        });
    }

    void open(String hash) {
        driver.get(url.toString().replaceAll("/$", "") + "/" + hash);
        wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript("return document.body.classList.contains('ready')"));
    }

    void signUp(String handle, String displayName) {
        open("#/signup");
        driver.findElement(By.name("email")).sendKeys(handle + "@example.org");
        driver.findElement(By.name("handle")).sendKeys(handle);
        driver.findElement(By.name("displayName")).sendKeys(displayName);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        // A date input takes typed digits in the browser's own order; set the value as a user's picker would.
        ((ChromeDriver) driver).executeScript("arguments[0].value = '1990-05-17'", driver.findElement(By.name("birthDate")));
        click(By.name("submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("logout")));
    }

    void logIn(String handle, String password) {
        open("#/login");
        driver.findElement(By.name("login")).sendKeys(handle);
        driver.findElement(By.name("password")).sendKeys(password);
        click(By.name("submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("logout")));
    }

    void logOut() {
        click(By.name("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='#/login']")));
    }
}
