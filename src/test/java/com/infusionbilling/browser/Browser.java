package com.infusionbilling.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver: the driver and browser are given
 * explicitly, so Selenium Manager never downloads anything. One browser per user session.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  final ChromeDriver driver;
  final String base;
  private final Path profile;

  Browser(int port) throws IOException {
    this.base = "http://localhost:" + port;
    this.profile = Files.createTempDirectory("ibw-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1440,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  void open(String path) {
    driver.get(base + path);
  }

  void login(String user, String password) {
    open("/login");
    waitFor(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.id("current-user"));
  }

  WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(40)).until(d -> condition.apply(driver));
  }

  static By row(long key) {
    return By.cssSelector("tr[data-task-key='" + key + "']");
  }

  /** How many times the worklist has loaded (the section counts, so a test can wait for more). */
  int worklistLoads() {
    var section = driver.findElements(By.cssSelector("section.worklist"));
    return section.isEmpty() ? -1 : Integer.parseInt(section.get(0).getAttribute("data-loads"));
  }

  /** Clicks, then waits until the worklist has loaded again. */
  void clickAndAwaitList(org.openqa.selenium.WebElement element) {
    waitFor(By.cssSelector("section.worklist"));
    int before = worklistLoads();
    element.click();
    waitUntil(d -> worklistLoads() > before);
  }

  /**
   * The task's row in the tab, looking through its pages, and clicking the tab again while the task
   * is not there yet (the list loads when asked).
   */
  WebElement rowOnAnyPage(String tab, long key) {
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (true) {
      clickAndAwaitList(waitFor(By.id(tab)));
      for (int page = 0; page < 100; page++) {
        var rows = driver.findElements(row(key));
        if (!rows.isEmpty()) {
          return rows.get(0);
        }
        var next = driver.findElements(By.cssSelector(".pager button.next"));
        if (next.isEmpty() || !next.get(0).isEnabled()) {
          break;
        }
        clickAndAwaitList(next.get(0));
      }
      if (System.nanoTime() > until) {
        throw new org.openqa.selenium.NotFoundException("task " + key + " not in " + tab);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A fetch from the page, with the session cookie and CSRF token as the front end sends them. */
  Object fetch(String method, String path) {
    return driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const t = (document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/) || [])[1] || '';"
            + "fetch(arguments[1], {method: arguments[0], headers: {'X-Requested-With': 'XMLHttpRequest',"
            + " 'X-XSRF-TOKEN': t, 'Content-Type': 'application/json'},"
            + " body: arguments[0] === 'GET' ? undefined : '{\"variables\": {\"referenceNumber\": \"REF12345\"}}'})"
            + ".then(r => done(r.status)).catch(e => done(String(e)));",
        method,
        path);
  }

  void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * A screenshot of the whole page, not only the window (the window grows to the page's height for
   * it, then shrinks back): the README's pages show every panel.
   */
  void fullPageScreenshot(String name) throws IOException {
    Dimension window = driver.manage().window().getSize();
    // the window's height is the page's plus what the window takes beyond its viewport
    long height =
        (Long)
            driver.executeScript(
                "return document.documentElement.scrollHeight"
                    + " + window.outerHeight - window.innerHeight");
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), (int) Math.min(height, 8000)));
    // the charts draw at their new size on the next animation frames
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    screenshot(name);
    driver.manage().window().setSize(window);
  }

  /** Keeps what the browser showed when a test failed, for the surefire report reader. */
  void dump(String name) {
    try {
      screenshot(name);
      Files.writeString(Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
    } catch (Exception ignored) {
      // best effort: the test failure itself is what matters
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
