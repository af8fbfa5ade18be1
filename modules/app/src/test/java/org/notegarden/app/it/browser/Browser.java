package org.notegarden.app.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own ChromeDriver, both paths explicit so
 * Selenium never tries to download a browser. Each browser gets a fresh profile directory.
 */
final class Browser {
    private Browser() {
    }

    static ChromeDriver start(Path workDir) throws IOException {
        Path home = Files.createDirectories(workDir.resolve("home"));
        Path profile = Files.createTempDirectory(workDir, "profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.toString(),
                        "XDG_CACHE_HOME", home.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=414,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
