package org.kakehashi.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium, driven by the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code -Dbrowser.binary} and {@code -Dbrowser.driver} point elsewhere), with a profile
 * of its own so that nothing is shared between tests and nothing is downloaded.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final URL base;
    private final WebDriver driver;
    private final Path profile;
    private final String name;

    private Browser(URL base, WebDriver driver, Path profile, String name) {
        this.base = base;
        this.driver = driver;
        this.profile = profile;
        this.name = name;
    }

    /** @param name names the screenshot of the last page, saved under {@code target/screenshots} on closing */
    static Browser open(URL base, String name) throws IOException {
        String binary = System.getProperty("browser.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("browser.driver", "/usr/bin/chromedriver");
        for (String program : List.of(binary, chromedriver)) {
            // a browser test never skips: without the browser it fails, saying what to install
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: install Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver), or point -Dbrowser.binary and -Dbrowser.driver"
                        + " at a Chromium and its chromedriver");
            }
        }
        Path profile = Files.createTempDirectory("kakehashi-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--lang=ja", "--window-size=1280,1024",
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .build();
        return new Browser(base, new ChromeDriver(service, options), profile, name);
    }

    /** Sets a field's value as a date or time picker would (typing into them depends on the browser's locale). */
    Browser set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field(id), value);
        return this;
    }

    /** Chooses an option once the page has filled the list (lists come from the API after the page loads). */
    Browser choose(String selectId, String value) {
        By option = By.cssSelector("#" + selectId + " option[value='" + value + "']");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(option));
        new Select(field(selectId)).selectByValue(value);
        return this;
    }

    /**
     * The WCAG 2.1 A and AA rules that axe-core finds broken on the page as it is now, each with the elements
     * that break it; empty when there are none.
     */
    List<String> accessibilityViolations() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object found = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag',"
                        + "  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '"
                        + "  + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                        + ".catch(error => done(['axe failed: ' + error]));");
        List<String> violations = new ArrayList<>();
        ((List<?>) found).forEach(v -> violations.add(String.valueOf(v)));
        return violations;
    }

    private static String axe() throws IOException {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IOException(AXE + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    void screenshot(String suffix) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + suffix + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Chooses the pages' language as the header's switch does: remembered in the browser for every page. */
    Browser useLanguage(String tag) {
        go("login.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.setItem('kakehashi.language', arguments[0]);", tag);
        return this;
    }

    /** Saves a picture of the page as it is now under {@code target/screenshots}, named by the test and the step. */
    Browser photograph(String step) throws IOException {
        screenshot("-" + step);
        return this;
    }

    Browser go(String page) {
        driver.get(base.toString() + page);
        return this;
    }

    /** Logs in as the person, on a browser that forgets whoever was logged in before. */
    Browser logIn(String username, String password) {
        go("login.html");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        field("username").sendKeys(username);
        field("password").sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("login.html"));
        return this;
    }

    /** Waits until the page shows the element: its data has come from the API. */
    Browser await(By element) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(element));
        return this;
    }

    /** Opens the request's task from the task list, which may lag the step just taken by a moment. */
    Browser openTaskOf(String number) {
        By row = By.xpath("//tbody[@id='tasks']/tr[td/a[normalize-space()='" + number + "']]");
        for (int attempt = 1; ; attempt++) {
            go("tasks.html?request=" + number);
            try {
                await(row);
                break;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        driver.findElement(row).findElement(By.cssSelector("a.button, button")).click();
        return await(By.cssSelector("#work:not([hidden])"));
    }

    WebElement field(String id) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits until the element shows the text, and answers what it shows. */
    String textOnceItContains(By where, String expected) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(where, expected));
        return driver.findElement(where).getText();
    }

    /** Waits until the page has filled the field (a date it computed, say), and answers its value. */
    String valueOnceFilled(String id) {
        return new WebDriverWait(driver, PATIENCE).until(d -> {
            String value = field(id).getDomProperty("value");
            return value == null || value.isEmpty() ? null : value;
        });
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.toString().length());
    }

    /** Whether any injected markup became an element or ran: the payloads set {@code window.xss} if they run. */
    boolean ranOrBuiltInjectedMarkup() {
        Object found = ((JavascriptExecutor) driver).executeScript(
                "return window.xss === true || document.querySelector('img[src=\"x\"], svg, iframe, "
                        + "script:not([src]), [onerror], [onload]') !== null;");
        return Boolean.TRUE.equals(found);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        try {
            screenshot("");
        } finally {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
