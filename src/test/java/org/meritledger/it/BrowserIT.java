package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The paths a person walks, in real headless Chromium against the real portal: the demo
 * commander logs in and sees their roster; a soldier who types an administrator's URL gets the
 * access-denied page, not the page; a commander who types another company's session URL gets
 * "not found or outside your command", not the sheet. Skipped (visibly) where Debian's chromium is not installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal(ReceiptForBrowserTest.class);
    }

    @ArquillianResource
    URL base;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(
                new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver (.ci/run does)");
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
                "--window-size=1280,900",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER))
                        .usingAnyFreePort()
                        .build(),
                options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // Pages re-render (and reload on a language switch): a vanished element means "look again".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Logs out as the header's button does, by a POST from the portal's own page (/logout refuses
     * GET), even while a dialog covers the button.
     */
    private void logOut() {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("const f = document.createElement('form'); f.method = 'post'; f.action = '" + base
                        + "logout'; document.body.appendChild(f); f.submit();");
        wait.until(ExpectedConditions.urlContains("login"));
    }

    private void logIn(String user, String password) {
        driver.get(base + "login");
        WebElement name =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        name.sendKeys(user);
        WebElement pw = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pw.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /** Scrolls the element to the middle of the window first: long sheets put buttons below the fold. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot never fails the test; it is only there for people to look at
        }
    }

    /** The side menu's entries as the user sees them: each view declares its own, the shell filters them. */
    private List<String> menu() {
        return wait.until(d -> {
            List<String> labels = d.findElements(By.cssSelector("#main-menu > vaadin-side-nav-item")).stream()
                    .map(e -> e.getAttribute("textContent").strip())
                    .toList();
            return labels.isEmpty() ? null : labels;
        });
    }

    private String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    @Test
    void faviconIsServedAndTheDocumentLanguageFollowsTheChoice() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(new URL(base, "favicon.ico").toURI())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "favicon.ico");
        assertTrue(response.body().length > 0);

        driver.get(base + "login");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-select")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '中文')]")))
                .click();
        wait.until(d -> "zh-CN"
                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.documentElement.lang")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-select")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'English')]")))
                .click();
        wait.until(d -> "en"
                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.documentElement.lang")));
    }

    @Test
    void commanderLogsInAndSeesTheRosterOfTheirCompany() {
        driver.get(base + "login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        String before = sessionId();
        logIn("a.cdr", "merit-demo-2026");
        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-count")));
        wait.until(d -> d.findElements(By.cssSelector("#soldier-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("MR-")));
        screenshot("commander-roster");
        // Alpha company: its captain plus two platoons of a lieutenant and 14 soldiers.
        assertEquals("31 soldiers", count.getText());
        // a.cdr is also a soldier (the company's captain): their own pages, then the command's
        assertEquals(
                List.of(
                        "My profile",
                        "My training",
                        "Catalog",
                        "My requests",
                        "Service record",
                        "My API tokens",
                        "My tokens",
                        "Award tokens",
                        "Appeals",
                        "Requests",
                        "Leaderboard",
                        "Roster",
                        "Training",
                        "Pending corrections",
                        "Unit dashboard"),
                menu());
        assertTrue(driver.findElement(By.id("current-user")).getText().contains("a.cdr"));
        // A new session id at login: a session id planted before login is worth nothing after it.
        assertTrue(before != null && !before.equals(sessionId()), "session id must change at login");
        // Logging out ends the session: the roster is no longer reachable.
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("login"));
        driver.get(base + "roster");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-view")));
    }

    @Test
    void anAlphaSoldierSeesTheCatalogAsCardsThatFitAPhone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        logIn("mr-100004", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
        driver.get(base + "catalog");
        // the eight demo rewards, the Alpha-only meal among them
        List<WebElement> cards = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#catalog-cards .catalog-card"));
            return found.size() >= 8 ? found : null;
        });
        screenshot("soldier-catalog-phone");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        assertTrue(viewport <= 390, "phone width, got " + viewport);
        assertTrue(
                ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue() <= viewport,
                "nothing sticks out sideways");
        int left = cards.get(0).getRect().getX();
        for (WebElement card : cards) {
            org.openqa.selenium.Rectangle r = card.getRect();
            assertEquals(left, r.getX(), "one column");
            assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= viewport, "card inside the screen: " + r);
        }
        WebElement meal = cards.stream()
                .filter(c -> c.getText().contains("Meal with the commanding officer"))
                .findFirst()
                .orElseThrow();
        assertTrue(meal.getText().contains("50 tokens"), meal.getText());
        assertTrue(meal.getText().contains("4 left"), meal.getText());
    }

    /** Whether the page scrolls sideways, and which grids do inside (their table wider than the grid). */
    private String sideways() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("const w = document.documentElement.clientWidth; const out = [];"
                        + " if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth + ' > ' + w);"
                        + " for (const g of document.querySelectorAll('vaadin-grid')) {"
                        + "   if (!g.offsetParent) continue;"
                        + "   const t = g.$ && g.$.table; const r = g.getBoundingClientRect();"
                        + "   if (r.right > w + 1) out.push((g.id || 'grid') + ' ends at ' + r.right);"
                        + "   if (t && t.scrollWidth > t.clientWidth + 1) out.push((g.id || 'grid') + ' scrolls ' + t.scrollWidth + ' > ' + t.clientWidth);"
                        + " } return out.join('; ');");
    }

    /**
     * The soldier's own pages at phone width: nothing scrolls sideways (neither the page nor a
     * list inside it), the header keeps only the menu button and the title, and the account
     * controls are in the drawer.
     */
    @Test
    void aSoldiersOwnPagesFitAPhone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get(base + "login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        assertEquals("", sideways(), "the login page");
        logIn("mr-100004", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
        for (String[] page : List.of(
                new String[] {"me", "my-profile"},
                new String[] {"my-training", "my-results"},
                new String[] {"my-record", "my-record"},
                new String[] {"my-tokens", "my-tokens"})) {
            driver.get(base + page[0]);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(page[1])));
            String[] found = {null};
            try {
                // the grids drop their side columns once the page knows the window's width
                wait.withTimeout(Duration.ofSeconds(15)).until(d -> {
                    found[0] = sideways();
                    return found[0].isEmpty();
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                screenshot("phone-" + page[0]);
                throw new AssertionError(page[0] + " does not fit a phone: " + found[0], e);
            } finally {
                wait.withTimeout(Duration.ofSeconds(60));
            }
            assertTrue(!driver.findElement(By.id("logout")).isDisplayed(), page[0] + ": logout left the header");
            screenshot("phone-" + page[0]);
        }
        driver.get(base + "my-training");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-results")));
        // on a phone My training keeps the standard and the outcome, and drops the rest
        List<String> headers = wait.until(d -> {
            List<String> h = d.findElements(By.cssSelector("#my-results vaadin-grid-cell-content")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(e -> e.getText().strip())
                    .filter(t -> t.equals("Standard") || t.equals("Outcome") || t.equals("Place"))
                    .distinct()
                    .toList();
            return h.contains("Outcome") && !h.contains("Place") ? h : null;
        });
        assertTrue(headers.contains("Standard"), "key columns: " + headers);
        click(driver.findElement(By.cssSelector("vaadin-drawer-toggle")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout-drawer")));
    }

    /**
     * At 1,280 px every grid with buttons in its rows shows them inside the window (their column
     * is frozen to the grid's end), for the administrator's pages that have such grids.
     */
    @Test
    void rowActionsStayInsideTheWindowAt1280() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        logIn("admin", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-menu")));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        // page, and the id of its view: the demo fills the first six with rows that have buttons;
        // the others are checked for whatever rows they have
        List<String[]> pages = List.of(
                new String[] {"appeals", "appeals"},
                new String[] {"admin/standards", "standards-view"},
                new String[] {"admin/units", "units-view"},
                new String[] {"admin/catalog", "catalog-admin-view"},
                new String[] {"admin/token-categories", "token-categories"},
                new String[] {"admin/budgets", "budgets"},
                new String[] {"training/corrections", "pending-corrections"},
                new String[] {"admin/devices", "range-devices"},
                new String[] {"me/api-tokens", "my-api-tokens"});
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p)[0];
            boolean filled = p < 6;
            driver.get(base + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(pages.get(p)[1])));
            java.util.function.Function<WebDriver, List<WebElement>> rowButtons =
                    d -> d.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content vaadin-button")).stream()
                            .filter(WebElement::isDisplayed)
                            .toList();
            List<WebElement> buttons;
            if (filled) {
                try {
                    buttons = wait.until(d -> rowButtons.apply(d).isEmpty() ? null : rowButtons.apply(d));
                } catch (org.openqa.selenium.TimeoutException e) {
                    screenshot("actions-" + page.replace('/', '-'));
                    throw new AssertionError(page + ": no row buttons shown", e);
                }
            } else {
                buttons = rowButtons.apply(driver);
            }
            long width = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            for (WebElement b : buttons) {
                org.openqa.selenium.Rectangle r = b.getRect();
                if (r.getWidth() == 0) {
                    continue; // a row the grid keeps for reuse, not shown
                }
                assertTrue(
                        r.getX() >= 0 && r.getX() + r.getWidth() <= width,
                        page + ": \"" + b.getText() + "\" at " + r.getX() + ".." + (r.getX() + r.getWidth())
                                + " in a window " + width + " wide");
                String label = b.getText().strip();
                if (!label.isEmpty()) {
                    assertTrue(
                            !label.endsWith("\u2026") && !label.endsWith("..."),
                            page + ": a button's label is cut off: " + label);
                }
            }
            screenshot("actions-" + page.replace('/', '-'));
        }
    }

    @Test
    void soldierTypingAnAdministratorUrlIsDenied() {
        logIn("mr-100003", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
        assertEquals(
                List.of(
                        "My profile",
                        "My training",
                        "Catalog",
                        "My requests",
                        "Service record",
                        "My API tokens",
                        "My tokens"),
                menu());
        driver.get(base + "admin/soldiers");
        WebElement denied = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
        screenshot("soldier-denied");
        assertTrue(denied.getText().contains("Access denied"), denied.getText());
        assertTrue(driver.findElements(By.id("soldiers-view")).isEmpty());
        driver.get(base + "roster");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("access-denied")));
        assertTrue(driver.findElements(By.id("roster-view")).isEmpty());
    }

    @Test
    void administratorWorksThroughTheAdminScreensAndSwitchesToChinese() {
        logIn("admin", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("soldiers-view")));
        wait.until(d -> d.findElements(By.cssSelector("#soldier-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("MR-")));
        screenshot("admin-soldiers");
        assertEquals(
                List.of(
                        "My API tokens",
                        "Award tokens",
                        "Appeals",
                        "Requests",
                        "Leaderboard",
                        "Roster",
                        "Training",
                        "Pending corrections",
                        "Unit dashboard",
                        "Units",
                        "Soldiers",
                        "Budgets",
                        "Token categories",
                        "Award rules",
                        "Accounts",
                        "Range devices",
                        "Standards",
                        "Reward catalog",
                        "Ledger",
                        "Ledger explorer",
                        "Verification"),
                menu());
        driver.get(base + "admin/units");
        wait.until(d -> d.findElements(By.cssSelector("#unit-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("A-COY")));
        screenshot("admin-units");
        driver.get(base + "admin/accounts");
        wait.until(d -> d.findElements(By.cssSelector("#account-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("a.cdr")));
        screenshot("admin-accounts");
        // The language switch reloads the page in Simplified Chinese and remembers the choice.
        driver.findElement(By.id("language-select")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., '中文')]")))
                .click();
        wait.until(d -> d.findElement(By.id("logout")).getText().contains("退出登录"));
        screenshot("admin-accounts-zh");
        driver.get(base + "admin/units");
        wait.until(d -> d.findElement(By.id("logout")).getText().contains("退出登录"));
        // The choice is saved on the account: the next login starts in Chinese too.
        logOut();
        logIn("admin", "merit-demo-2026");
        wait.until(d -> d.findElement(By.id("logout")).getText().contains("退出登录"));
        // and back to English, so other tests on a shared database see the demo admin as before
        driver.findElement(By.id("language-select")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[contains(., 'English')]")))
                .click();
        wait.until(d -> d.findElement(By.id("logout")).getText().contains("Log out"));
    }

    @Test
    void commanderEntersAPlatoonsScoresByKeyboardSignsOffAndTheSoldierSeesTheTier() {
        logIn("b2.ldr", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-view")));
        driver.get(base + "training");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("session-new")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("session-standard")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-select-item[contains(., 'Rifle marksmanship')]")))
                .click();
        WebElement unit = driver.findElement(By.cssSelector("#session-unit input"));
        unit.sendKeys("Bravo Company / 2nd Platoon"); // the path does not repeat the company
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-combo-box-item[contains(., 'Bravo Company / 2nd Platoon')]")))
                .click();
        driver.findElement(By.cssSelector("#session-place input")).sendKeys("Range 3, lanes 1-15");
        driver.findElement(By.cssSelector("#session-officer input")).sendKeys("LT Moreau");
        driver.findElement(By.id("session-create")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-sheet")));
        String sessionUrl = driver.getCurrentUrl();
        var boxes = wait.until(d -> {
            var found = d.findElements(By.cssSelector(".score-box input"));
            // the lieutenant is not on his own sheet by default: his 14 soldiers are
            return found.size() == 14 ? found : null;
        });
        // Keyboard only: type a score, Enter moves to the same box one line down.
        boxes.get(0).click();
        for (int i = 0; i < boxes.size(); i++) {
            WebElement box = boxes.get(i);
            wait.until(d -> box.equals(d.switchTo().activeElement()));
            box.sendKeys(String.valueOf(23 + i) + org.openqa.selenium.Keys.ENTER);
        }
        wait.until(d -> d.findElements(By.cssSelector(".score-outcome")).stream()
                        .filter(o -> o.getText().equals("Expert"))
                        .count()
                == 1);
        screenshot("score-sheet");
        // every header stands over its column: same left edge as the first line's cell below it
        Object offsets = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("const h = document.querySelector('#score-sheet .score-sheet-header').children;"
                        + "const r = document.querySelector('#score-sheet .score-sheet-row').children;"
                        + "if (h.length !== r.length) return -1;"
                        + "let worst = 0; for (let i = 0; i < h.length; i++) {"
                        + "  worst = Math.max(worst, Math.abs(h[i].getBoundingClientRect().left"
                        + "      - r[i].getBoundingClientRect().left)); } return worst;");
        assertTrue(
                ((Number) offsets).doubleValue() >= 0 && ((Number) offsets).doubleValue() < 2,
                "header offset " + offsets);
        click(driver.findElement(By.id("session-sign-off")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']")))
                .click();
        // textContent, not getText(): the badge is scrolled out of sight above the sheet
        wait.until(
                d -> "Signed off".equals(d.findElement(By.id("session-state")).getAttribute("textContent")));
        screenshot("signed-off");

        // A correction within the tier (23 -> 24 hits, still Marksman) counts at once; History shows both.
        // Results are listed by service number: MR-100049 first (the lieutenant MR-100048 is not on his sheet).
        var corrects = wait.until(d -> {
            var found = d.findElements(By.cssSelector("vaadin-button[id^='correct-']"));
            return found.size() == 14 ? found : null;
        });
        click(corrects.get(0));
        WebElement hits = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#correction-sheet .score-box input")));
        hits.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "24");
        driver.findElement(By.cssSelector("#correction-reason textarea")).sendKeys("Lane 2 target recounted");
        wait.until(
                d -> d.findElement(By.id("correction-approval-note")).getText().startsWith("The tier stays the same"));
        screenshot("correction-dialog");
        driver.findElement(By.id("correction-save")).click();
        wait.until(d -> d.findElements(By.cssSelector("#session-results vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Corrected")));
        var histories = driver.findElements(By.cssSelector("vaadin-button[id^='history-']"));
        click(histories.get(0));
        wait.until(d -> d.findElements(By.cssSelector("#history-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Lane 2 target recounted")));
        screenshot("correction-history");

        // MR-100049 is the first soldier of Bravo's 2nd platoon; the sheet lists by service number and
        // leaves out the lieutenant MR-100048 who opened it, so MR-100049 had the first line: 23 hits, Marksman.
        logOut();
        logIn("mr-100049", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
        driver.get(base + "my-training");
        // the corrected line (23 -> 24 above): still Marksman, and the soldier sees what was signed off, by whom and
        // why
        wait.until(d -> d.findElements(By.cssSelector("#my-results vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("Marksman")
                        && c.getText().contains("signed off as Hits: 23")
                        && c.getText().contains("Lane 2 target recounted")));
        screenshot("my-training");
        // the trend is drawn by Chart.js, and the result's receipt verifies
        wait.until(d -> chartDrawn("trend-rifle-qualification"));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[id^='receipt-']"))));
        wait.until(d -> d.findElement(By.id("receipt-verdict")).getText().startsWith("Yes")
                || d.findElement(By.id("receipt-verdict")).getText().startsWith("Not yet"));
        screenshot("receipt");

        // Alpha's commander typing the URL of Bravo's session sees that it is not theirs, not the sheet.
        logOut();
        logIn("a.cdr", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-view")));
        driver.get(sessionUrl);
        wait.until(d -> d.findElement(By.id("training-session"))
                .getText()
                .contains("does not exist or is outside your command"));
        screenshot("other-company-session-denied");
        assertTrue(driver.findElements(By.id("score-sheet")).isEmpty());
        assertTrue(driver.findElements(By.id("session-results")).isEmpty());
    }

    /** True once the chart inside the element with this id has data and has painted pixels. */
    private boolean chartDrawn(String id) {
        Object drawn = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "const el = document.querySelector('#' + arguments[0] + ' merit-chart');"
                                + "if (!el || !el._chart || !el.shadowRoot) return false;"
                                + "const c = el.shadowRoot.querySelector('canvas');"
                                + "if (!c || c.width === 0 || c.height === 0) return false;"
                                + "const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                + "for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) return el._chart.data.datasets.length > 0; }"
                                + "return false;",
                        id);
        return Boolean.TRUE.equals(drawn);
    }

    @Test
    void aCommanderOpensTheUnitDashboardWithItsCharts() {
        logIn("a.cdr", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-view")));
        driver.get(base + "training/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-dashboard")));
        wait.until(d -> chartDrawn("mix-chart"));
        // pass rates: a chart once a session of the company is signed off, else a sentence saying there are none
        wait.until(d -> chartDrawn("pass-chart")
                || d.findElement(By.id("no-pass-rates")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("#mix-chart merit-chart"))
                .getDomProperty("label")
                .contains("Alpha"));
        screenshot("unit-dashboard");
    }

    @Test
    void wrongPasswordShowsTheLoginErrorAndNoPage() {
        logIn("a.cdr", "not the password");
        wait.until(ExpectedConditions.urlContains("login?error"));
        assertTrue(driver.findElements(By.id("roster-view")).isEmpty());
    }

    @Test
    void administratorVerifiesAndRotatesTheLedgerKeyAndAnAuditorOnlyLooks() {
        logIn("admin", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        driver.get(base + "admin/ledger");
        wait.until(d -> d.findElement(By.id("ledger-size")).getText().startsWith("Tree size: "));
        wait.until(d -> d.findElements(By.cssSelector("#ledger-keys vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().matches("[0-9a-f]{8}")));
        click(driver.findElement(By.id("ledger-verify")));
        wait.until(d -> d.findElement(By.id("ledger-verification")).getText().startsWith("OK at "));
        click(driver.findElement(By.id("ledger-rotate")));
        WebElement confirm =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[slot='confirm-button']")));
        confirm.click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().startsWith("New signing key ")));
        screenshot("ledger-after-rotation");
        logOut();

        logIn("auditor", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        driver.get(base + "admin/ledger");
        wait.until(d -> d.findElement(By.id("ledger-size")).getText().startsWith("Tree size: "));
        assertTrue(
                driver.findElements(By.id("ledger-rotate")).stream().noneMatch(WebElement::isDisplayed),
                "no rotate button for auditors");
    }

    @Test
    void anAuditorRunsAFullVerificationAndExploresTheLedger() {
        logIn("auditor", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        driver.get(base + "admin/ledger/verification");
        wait.until(d -> d.findElement(By.id("verification-state")).getText().startsWith("Ledger verified"));
        click(driver.findElement(By.id("verification-run")));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().startsWith("Verification finished")));
        wait.until(d -> d.findElement(By.id("verification-history")).getText().contains("auditor"));
        assertTrue(driver.findElement(By.id("verification-history")).getText().contains("Valid"));
        screenshot("verification-history");

        driver.get(base + "admin/ledger/entries");
        WebElement type =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#explorer-type input")));
        type.sendKeys("personnel.soldier.*");
        click(driver.findElement(By.id("explorer-apply")));
        wait.until(d -> d.findElement(By.id("explorer-grid")).getText().contains("personnel.soldier."));
        WebElement firstType =
                wait.until(d -> d.findElements(By.cssSelector("#explorer-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().startsWith("personnel.soldier."))
                        .findFirst()
                        .orElse(null));
        click(firstType);
        WebElement verdict = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-proof-verdict")));
        wait.until(d -> !verdict.getText().isBlank());
        assertTrue(
                driver.findElement(By.id("entry-payload")).getText().contains("serviceNumber"),
                driver.findElement(By.id("entry-payload")).getText());
        screenshot("explorer-entry");
    }

    /** Puts text into a Vaadin text area the way typing would, and lets the server see it. */
    private void setText(WebElement area, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        area,
                        text);
    }

    @Test
    void anAnonymousVisitorChecksAReceiptOnThePublicPage() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String json = null;
        for (int i = 0; i < 30 && json == null; i++) { // the start-up checkpoint follows within seconds
            var r = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "test-only/receipt?seq=1"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                json = r.body();
            } else {
                Thread.sleep(1000);
            }
        }
        assertTrue(json != null, "a receipt of entry 1");
        driver.get(base + "verify-receipt"); // no login
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-json")));
        setText(area, json);
        click(driver.findElement(By.id("receipt-check")));
        wait.until(d -> d.findElement(By.id("receipt-verdict")).getText().equals("Valid"));
        assertTrue(driver.findElement(By.id("receipt-reason"))
                .getText()
                .contains("still contains that checkpoint unchanged"));
        screenshot("public-receipt-valid");
        assertTrue(driver.findElements(By.id("logout")).isEmpty(), "nobody is logged in");

        String tampered = json.replaceFirst("\"entryHash\":\"[0-9a-f]", "\"entryHash\":\"x");
        setText(area, tampered.equals(json) ? json.replace("\"sequence\":1", "\"sequence\":2") : tampered);
        click(driver.findElement(By.id("receipt-check")));
        wait.until(d -> d.findElement(By.id("receipt-verdict")).getText().equals("Not valid"));
        screenshot("public-receipt-invalid");
    }
}
