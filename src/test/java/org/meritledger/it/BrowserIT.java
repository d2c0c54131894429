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

    /**
     * The rows a grid shows now (not the ones it keeps hidden for reuse), each as its cells'
     * contents in column order: the grid's rows live in its shadow DOM, their cells' contents in
     * the light DOM, tied by slot names.
     */
    @SuppressWarnings("unchecked")
    private List<List<WebElement>> gridRows(String gridId) {
        Object rows = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "const g = document.getElementById(arguments[0]); if (!g || !g.shadowRoot) return [];"
                                + " const out = [];"
                                + " for (const tr of g.shadowRoot.querySelectorAll('tbody#items > tr')) {"
                                + "   if (tr.hidden || tr.hasAttribute('loading')) continue;"
                                + "   const row = [];"
                                + "   for (const td of tr.querySelectorAll('td')) {"
                                + "     const slot = td.querySelector('slot');"
                                + "     const c = slot && slot.assignedElements()[0];"
                                + "     if (c) row.push(c);"
                                + "   }"
                                + "   out.push(row);"
                                + " } return out;",
                        gridId);
        return (List<List<WebElement>>) rows;
    }

    private static String rowText(List<WebElement> row) {
        return String.join(
                " | ",
                row.stream().map(c -> c.getAttribute("textContent").strip()).toList());
    }

    /** The first shown row of the grid whose text contains all of these, or null. */
    private List<WebElement> rowWith(String gridId, String... texts) {
        for (List<WebElement> row : gridRows(gridId)) {
            String t = rowText(row);
            if (java.util.Arrays.stream(texts).allMatch(t::contains)) {
                return row;
            }
        }
        return null;
    }

    /** The whole numbers in a text, in order ("Held for pending requests: 60 tokens · Available: 20 tokens"). */
    private static List<Long> numbers(String text) {
        return java.util.regex.Pattern.compile("-?\\d+")
                .matcher(text)
                .results()
                .map(m -> Long.parseLong(m.group()))
                .toList();
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getAttribute("textContent")
                .strip();
    }

    /** Balance, held and available as My tokens shows them (the caller's own, or a soldier's for a commander). */
    private long[] tokenFigures() {
        wait.until(d -> text("token-balance").startsWith("Balance: "));
        List<Long> balance = numbers(text("token-balance"));
        List<Long> heldAvailable = numbers(text("token-held-available"));
        return new long[] {balance.get(0), heldAvailable.get(0), heldAvailable.get(1)};
    }

    /** On Award tokens: filters the roster to one service number and ticks that soldier's row. */
    private void tick(String serviceNumber) {
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#give-search input")));
        search.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), serviceNumber);
        List<WebElement> row = wait.until(d -> {
            List<List<WebElement>> rows = gridRows("give-grid");
            return rows.size() == 1 && rowText(rows.get(0)).contains(serviceNumber) ? rows.get(0) : null;
        });
        click(row.get(0).findElement(By.tagName("vaadin-checkbox")));
        wait.until(d -> "true"
                .equals(row.get(0).findElement(By.tagName("vaadin-checkbox")).getDomProperty("checked")));
    }

    private String badge() {
        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-count")));
        return count.isDisplayed() ? count.getText().strip() : "";
    }

    /** How the award dialog writes a number of tokens in its budget line. */
    private static String budgetTokens(long n) {
        return n == 0 ? "no tokens" : n == 1 ? "1 token" : n + " tokens";
    }

    /**
     * The rewards path end to end: a platoon commander awards tokens to two of his soldiers (each
     * balance rises by the amount), one of them requests a reward that needs approval (the cost is
     * held: available drops, the balance stays), the company commander approves it (ready to hand
     * over), and the soldier sees the balance, what is held, the history with the award and the
     * hold each verifying against the signed ledger (and the award's receipt), and the
     * notifications of the award and the approval, counted by the header badge. Balances are read
     * before and after rather than assumed: other tests share the database.
     */
    @Test
    void aCommanderAwardsASoldierRedeemsAnotherCommanderApprovesAndTheSoldierSeesItAll() {
        String redeemer = "MR-100012";
        String other = "MR-100013";
        String leave = "Extra day of leave";
        long cost = 60;
        String reason = "Led the convoy drill " + Long.toString(System.currentTimeMillis(), 36);

        // the administrator reads both soldiers' tokens before (anyone may be given tokens by other tests)
        logIn("admin", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        Map<String, String> pages = new java.util.HashMap<>();
        Map<String, long[]> before = new java.util.HashMap<>();
        for (String sn : List.of(redeemer, other)) {
            driver.get(base + "tokens");
            tick(sn);
            click(driver.findElement(By.id("give-history")));
            wait.until(ExpectedConditions.urlMatches(".*/my-tokens/\\d+$"));
            pages.put(sn, driver.getCurrentUrl());
            before.put(sn, tokenFigures());
        }
        long available = before.get(redeemer)[2];
        long amount = Math.max(40, cost - available); // enough for the reward after the award
        // and tops up the platoon commander's budget for this award: a platoon's monthly
        // allowance is smaller than two such awards
        driver.get(base + "admin/budgets");
        java.util.function.Function<WebDriver, List<WebElement>> a1Row = d -> gridRows("budget-commanders").stream()
                .filter(r -> !r.get(r.size() - 1)
                        .findElements(By.id("topup-amount-a1.ldr"))
                        .isEmpty())
                .findFirst()
                .orElse(null);
        // columns: commander, own allowance, allowance, topped up, awarded, remaining, top up
        long budgetBefore = Long.parseLong(
                wait.until(a1Row).get(5).getAttribute("textContent").strip());
        driver.findElement(By.cssSelector("#topup-amount-a1\\.ldr input")).sendKeys(String.valueOf(2 * amount));
        driver.findElement(By.cssSelector("#topup-reason-a1\\.ldr input")).sendKeys("Convoy drill awards");
        click(driver.findElement(By.id("topup-a1.ldr")));
        wait.until(d ->
                Long.parseLong(a1Row.apply(d).get(5).getAttribute("textContent").strip()) == budgetBefore + 2 * amount);
        logOut();

        // a1.ldr commands Alpha's 1st platoon (MR-100003 to MR-100016)
        logIn("a1.ldr", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        // the award: both soldiers ticked, the dialog's budget line follows the amount typed
        driver.get(base + "tokens");
        tick(redeemer);
        tick(other);
        wait.until(d -> text("give-selected").equals("2 soldiers selected"));
        click(driver.findElement(By.id("give-award")));
        WebElement amountBox =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#token-amount input")));
        java.util.regex.Matcher budget = java.util.regex.Pattern.compile(
                        "Budget this month: (no tokens|1 token|(\\d+) tokens) of \\d+ remaining\\.")
                .matcher(text("token-budget"));
        assertTrue(budget.matches(), text("token-budget"));
        long remaining = budget.group(2) != null
                ? Long.parseLong(budget.group(2))
                : budget.group(1).startsWith("1") ? 1 : 0;
        assertEquals(budgetBefore + 2 * amount, remaining, "a1.ldr's budget this month, topped up");
        amountBox.sendKeys(String.valueOf(amount));
        wait.until(d -> text("token-budget")
                .equals("After this award: " + budgetTokens(remaining - 2 * amount) + " remaining."));
        driver.findElement(By.cssSelector("#token-category input")).sendKeys("Teamwork");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-combo-box-item[contains(., 'Teamwork')]")))
                .click();
        driver.findElement(By.cssSelector("#token-reason textarea")).sendKeys(reason);
        screenshot("award-dialog");
        click(driver.findElement(By.id("token-confirm")));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("Tokens awarded to 2 soldiers.")));
        for (String sn : List.of(redeemer, other)) {
            driver.get(pages.get(sn));
            long[] was = before.get(sn);
            wait.until(d -> tokenFigures()[0] == was[0] + amount);
            long[] now = tokenFigures();
            assertEquals(was[1], now[1], sn + ": held");
            assertEquals(was[2] + amount, now[2], sn + ": available");
            wait.until(d -> rowWith("token-history", "Award", "+" + amount, reason) != null);
        }
        screenshot("award-seen-by-commander");
        logOut();

        // the soldier: the award is on My tokens and in the badge; the reward needs approval
        logIn(redeemer.toLowerCase(java.util.Locale.ROOT), "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
        String unreadAfterAward = wait.until(d -> badge().isEmpty() ? null : badge());
        driver.get(base + "my-tokens");
        long[] awarded = tokenFigures();
        assertEquals(before.get(redeemer)[0] + amount, awarded[0], "balance after the award");
        driver.get(base + "catalog");
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("#catalog-cards .catalog-card")).stream()
                .filter(c -> c.getText().contains(leave))
                .findFirst()
                .orElse(null));
        assertTrue(card.getText().contains(cost + " tokens"), card.getText());
        assertTrue(card.getText().contains("Needs a commander's approval"), card.getText());
        String itemId = card.getAttribute("id").substring("catalog-card-".length());
        WebElement request = card.findElement(By.id("request-" + itemId));
        assertTrue(request.isEnabled(), "the soldier can request it now: " + card.getText());
        click(request);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().startsWith("Requested.")));
        screenshot("reward-requested");
        driver.get(base + "my-tokens");
        long[] requested = tokenFigures();
        assertEquals(awarded[0], requested[0], "the balance counts what is held");
        assertEquals(awarded[1] + cost, requested[1], "held");
        assertEquals(awarded[2] - cost, requested[2], "available");
        // newest first: the request just made, waiting, with its Cancel button naming its id
        driver.get(base + "my-requests");
        wait.until(d -> text("my-requests-figures")
                .equals("Available: " + requested[2] + " tokens. Held for requests: " + requested[1] + " tokens."));
        List<WebElement> pending = wait.until(d -> rowWith("my-requests-grid", leave, "Waiting for approval"));
        String requestId = pending.get(pending.size() - 1)
                .findElement(By.cssSelector("vaadin-button[id^='cancel-']"))
                .getAttribute("id")
                .substring("cancel-".length());
        logOut();

        // another commander of the soldier's chain: Alpha's company commander approves
        logIn("a.cdr", "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("roster-view")));
        driver.get(base + "requests");
        WebElement approve = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve-" + requestId)));
        List<WebElement> queued = rowWith("requests-grid", redeemer, leave, "Waiting for approval");
        assertTrue(
                queued != null && rowText(queued).contains(cost + " tokens"),
                String.valueOf(gridRows("requests-grid")));
        click(approve);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().startsWith("Saved.")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fulfil-" + requestId)));
        assertTrue(driver.findElements(By.id("approve-" + requestId)).isEmpty(), "approved once");
        wait.until(d -> rowWith("requests-grid", redeemer, leave, "Ready to hand over") != null);
        screenshot("request-approved");
        logOut();

        // the soldier again: approved, the tokens still held until the hand-over, the history verified
        logIn(redeemer.toLowerCase(java.util.Locale.ROOT), "merit-demo-2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-profile")));
        wait.until(d -> badge().equals(String.valueOf(Long.parseLong(unreadAfterAward) + 1)));
        driver.get(base + "my-requests");
        List<WebElement> ready = wait.until(d -> rowWith("my-requests-grid", leave, "Ready to hand over"));
        assertTrue(
                ready.get(ready.size() - 1)
                        .findElements(By.cssSelector("vaadin-button"))
                        .isEmpty(),
                "no Cancel once approved");
        driver.get(base + "my-tokens");
        long[] approved = tokenFigures();
        assertEquals(before.get(redeemer)[0] + amount, approved[0], "balance");
        assertEquals(requested[1], approved[1], "held until handed over");
        assertEquals(requested[2], approved[2], "available");
        // each row's verdict is checked as it is shown; a checkpoint follows each write within about a second
        String[] awardRow = {null};
        String[] holdRow = {null};
        for (int i = 0; i < 30; i++) {
            List<WebElement> a = wait.until(d -> rowWith("token-history", "Award", "+" + amount, reason));
            List<WebElement> h = wait.until(d -> rowWith("token-history", "Hold", String.valueOf(-cost), leave));
            awardRow[0] = rowText(a);
            holdRow[0] = rowText(h);
            if (awardRow[0].contains("| Yes") && holdRow[0].contains("| Yes")) {
                break;
            }
            driver.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token-history")));
        }
        assertTrue(awardRow[0].contains("| Yes"), "the award verifies: " + awardRow[0]);
        assertTrue(holdRow[0].contains("| Yes"), "the hold verifies: " + holdRow[0]);
        // the chart is the movements' running sum: what was available (the hold took its tokens), not a
        // second balance beside the one above
        String chart = wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#token-chart merit-chart")))
                .getDomProperty("label");
        assertTrue(chart != null && chart.endsWith("; latest " + approved[2] + " available."), chart);
        screenshot("soldier-tokens-after-approval");
        List<WebElement> award = rowWith("token-history", "Award", "+" + amount, reason);
        WebElement receipt = award.stream()
                .flatMap(c -> c.findElements(By.cssSelector("vaadin-button[id^='receipt-']")).stream())
                .findFirst()
                .orElseThrow();
        String awardEntry = receipt.getText().strip();
        assertTrue(awardEntry.matches("#\\d+"), awardEntry);
        click(receipt);
        wait.until(d -> d.findElement(By.id("receipt-verdict")).getText().startsWith("Yes"));
        screenshot("award-receipt");

        // the notifications: the award (with its ledger entry) and the approval, both unread
        driver.get(base + "notifications");
        List<WebElement> told =
                wait.until(d -> rowWith("notices-grid", "You were awarded " + amount + " tokens: " + reason));
        assertTrue(rowText(told).contains(" | " + awardEntry + " | "), "the award's ledger entry: " + rowText(told));
        assertTrue(rowText(told).contains("Mark read"), rowText(told));
        List<WebElement> approval =
                wait.until(d -> rowWith("notices-grid", "Your request is ready to be handed over: " + leave));
        assertTrue(rowText(approval).contains("Mark read"), rowText(approval));
        long unread = Long.parseLong(badge());
        assertEquals(unread == 1 ? "1 unread notification." : unread + " unread notifications.", text("notices-empty"));
        screenshot("soldier-notifications");
        click(driver.findElement(By.id("notices-mark-all")));
        wait.until(d -> text("notices-empty").equals("No unread notifications."));
        wait.until(d -> badge().isEmpty());
        wait.until(d -> rowText(rowWith("notices-grid", reason)).endsWith("| Read"));
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
