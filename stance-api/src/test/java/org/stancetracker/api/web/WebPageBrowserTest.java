package org.stancetracker.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * The page at {@code /}, in a real headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs), against the API serving the sample corpus. Screenshots go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "1".equals(System.getenv("STANCE_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("STANCE_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium and chromedriver are not installed; .ci/run installs them");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // Headless, as root, and without the background connections this machine's closed network refuses.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("stance-chromium"),
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String query) {
        browser.get(page.toString() + query);
        awaitLoaded();
    }

    private void awaitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> "false".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loading")));
    }

    private List<WebElement> cells(String actor) {
        return browser.findElements(By.cssSelector("g.series[data-actor='" + actor + "'] rect.cell"));
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void the_timeline_shows_turkey_and_russia_on_the_ceasefire_and_a_click_shows_the_quote_from_its_article()
            throws Exception {
        open("?topic=idlib&position=ceasefire&granularity=day");
        assertThat(cells("TUR")).isNotEmpty();
        assertThat(cells("RUS")).isNotEmpty();
        screenshot("timeline-ceasefire.png");

        WebElement cell = cells("TUR").get(0);
        String period = cell.getDomAttribute("data-period");
        // The articles that hold Turkey's ceasefire stances on that day, from the API itself.
        List<String> titles = given().queryParam("topic", "idlib")
                .queryParam("actor", "TUR")
                .queryParam("position", "ceasefire")
                .queryParam("from", period)
                .queryParam("to", period)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("articles.collect { it.value.title }");
        assertThat(titles).isNotEmpty();
        cell.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d ->
                !d.findElements(By.cssSelector("#evidence-list li.quote mark")).isEmpty());
        List<WebElement> quotes = browser.findElements(By.cssSelector("#evidence-list li.quote"));
        assertThat(quotes).isNotEmpty();
        assertThat(quotes.get(0).findElement(By.cssSelector(".article-title")).getText())
                .isIn(titles);
        assertThat(quotes.get(0).findElement(By.tagName("mark")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("evidence-title")).getText())
                .contains("TUR")
                .contains("ceasefire")
                .contains(period);
        screenshot("evidence.png");
    }

    @Test
    void the_date_filter_changes_what_is_shown_and_the_url_keeps_it() {
        open("?topic=idlib&granularity=day");
        int before = browser.findElements(By.cssSelector("rect.cell")).size();
        assertThat(browser.findElements(By.cssSelector("rect.cell[data-period^='2019-']")))
                .isNotEmpty();
        ((JavascriptExecutor) browser)
                .executeScript("const to = document.getElementById('to'); to.value = '2018-12-31';"
                        + "to.dispatchEvent(new Event('change', {bubbles: true}));");
        awaitLoaded();
        assertThat(browser.findElements(By.cssSelector("rect.cell[data-period^='2019-']")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("rect.cell")).size()).isLessThan(before);
        assertThat(browser.getCurrentUrl()).contains("to=2018-12-31");
        // The link reproduces the view.
        open("?" + browser.getCurrentUrl().split("\\?", 2)[1]);
        assertThat(browser.findElement(By.id("to")).getDomProperty("value")).isEqualTo("2018-12-31");
        assertThat(browser.findElements(By.cssSelector("rect.cell[data-period^='2019-']")))
                .isEmpty();
    }

    @Test
    void a_strip_counts_the_articles_each_period_read_and_periods_with_none_look_different() throws Exception {
        open("?topic=idlib&granularity=month");
        Map<String, Long> expected = new java.util.HashMap<>();
        for (Map<String, Object> period : given().queryParam("granularity", "month")
                .when()
                .get("/api/topics/idlib/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("periods")) {
            expected.put((String) period.get("period"), ((Number) period.get("articles")).longValue());
        }
        List<WebElement> strip = browser.findElements(By.cssSelector("g.coverage rect[data-period]"));
        assertThat(strip).isNotEmpty();
        // One bar per column of the chart, each with the API's count (0 where it has none).
        for (WebElement bar : strip) {
            String period = bar.getDomAttribute("data-period");
            long articles = Long.parseLong(bar.getDomAttribute("data-articles"));
            assertThat(articles).as(period).isEqualTo(expected.getOrDefault(period, 0L));
            assertThat(bar.getDomAttribute("class")).isEqualTo(articles > 0 ? "covered" : "not-covered");
            // A period nobody covered is shaded across the rows; a covered one is not.
            assertThat(browser.findElements(By.cssSelector("rect.uncovered[data-period='" + period + "']")))
                    .hasSize(articles > 0 ? 0 : 1);
        }
        assertThat(strip)
                .anySatisfy(bar -> assertThat(bar.getDomAttribute("class")).isEqualTo("covered"));
        screenshot("coverage.png");
    }

    @Test
    void the_source_and_confidence_filters_narrow_the_chart_and_the_url_keeps_them() {
        open("?topic=idlib&granularity=month");
        int all = browser.findElements(By.cssSelector("rect.cell")).size();
        assertThat(all).isPositive();
        ((JavascriptExecutor) browser)
                .executeScript("const c = document.getElementById('confidence'); c.value = '0.85';"
                        + "c.dispatchEvent(new Event('change', {bubbles: true}));");
        awaitLoaded();
        int confident = browser.findElements(By.cssSelector("rect.cell")).size();
        assertThat(confident).isPositive().isLessThan(all);
        assertThat(browser.getCurrentUrl()).contains("confidence=0.85");
        // The evidence behind a cell passes the same filter.
        browser.findElements(By.cssSelector("rect.cell")).get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#evidence-list li.quote"))
                        .isEmpty());
        for (WebElement quote : browser.findElements(By.cssSelector("#evidence-list li.quote .quote-meta"))) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("confidence ([0-9.]+)").matcher(quote.getText());
            assertThat(m.find()).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(0.85);
        }
        open("?topic=idlib&granularity=month&source=nowhere");
        assertThat(browser.findElement(By.id("source")).getDomProperty("value")).isEqualTo("nowhere");
        assertThat(browser.findElements(By.cssSelector("rect.cell"))).isEmpty();
        assertThat(browser.findElement(By.id("chart")).getText()).contains("No dated stances match these filters");
        open("?topic=idlib&granularity=month&source=files");
        assertThat(browser.findElements(By.cssSelector("rect.cell")).size()).isPositive();
    }

    @Test
    void row_labels_end_before_the_first_column_and_keep_their_whole_text_as_a_tooltip() {
        open("?topic=idlib&granularity=month");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) ((JavascriptExecutor) browser)
                .executeScript("return [...document.querySelectorAll('g.series text[role=rowheader]')].map(t => "
                        + "({right: t.getBBox().x + t.getBBox().width, full: t.getAttribute('aria-label'), "
                        + "shown: t.firstChild.textContent, tip: t.querySelector('title').textContent}))");
        assertThat(labels).isNotEmpty();
        assertThat(labels).anySatisfy(l -> assertThat((String) l.get("full")).hasSizeGreaterThan(25));
        for (Map<String, Object> label : labels) {
            assertThat(((Number) label.get("right")).doubleValue())
                    .as((String) label.get("full"))
                    .isLessThan(170);
            assertThat(label.get("tip")).isEqualTo(label.get("full"));
        }
    }

    @Test
    void shifts_are_marked_and_the_keyboard_opens_a_period() throws Exception {
        // The sample reports turn on one article each; by default (two articles a side) they are no shift.
        open("?topic=idlib&position=offensive&granularity=week");
        assertThat(browser.findElements(By.cssSelector("g.series[data-actor='RUS'] text.shift")))
                .isEmpty();
        open("?topic=idlib&position=offensive&granularity=week&shifts=1");
        assertThat(browser.findElements(By.cssSelector("g.series[data-actor='RUS'] text.shift")))
                .isNotEmpty();
        // Each mark sits on a cell that shows the new stance.
        List<WebElement> marked = browser.findElements(By.cssSelector("rect.cell[aria-label*='shift from']"));
        assertThat(marked).isNotEmpty();
        for (WebElement cell : marked) {
            assertThat(cell.getDomAttribute("aria-label")).endsWith(" to " + cell.getDomAttribute("data-stance"));
        }
        // The week of the Sochi deal (Monday 17 September 2018), when Russia turned against an offensive.
        WebElement sochi =
                browser.findElement(By.cssSelector("g.series[data-actor='RUS'] rect.cell[data-period='2018-09-17']"));
        assertThat(sochi.getDomAttribute("data-stance")).isEqualTo("oppose");
        assertThat(sochi.getDomAttribute("aria-label")).contains("shift from support to oppose");
        sochi.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("#evidence-list li.quote mark"))
                        .isEmpty());
        assertThat(browser.findElement(By.id("evidence-list")).getText())
                .contains("Putin and Erdogan agree Idlib buffer zone");
        screenshot("shifts.png");
    }

    @Test
    void the_standings_view_is_a_matrix_of_actors_and_positions_on_a_date() throws Exception {
        open("?topic=idlib&view=standings&on=2018-09-20");
        WebElement table = browser.findElement(By.cssSelector("table.standings"));
        assertThat(table.getText()).contains("RUS").contains("offensive").contains("oppose");
        screenshot("standings.png");
    }

    @Test
    void the_chart_reads_at_a_glance_events_years_descriptions_and_only_the_controls_that_apply() {
        open("?topic=idlib&granularity=week");
        // The topic's events in the shown range: a numbered mark each, and the same list under the chart.
        List<Map<String, Object>> events = given().when()
                .get("/api/topics/idlib")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("events");
        assertThat(events).isNotEmpty();
        List<WebElement> marks = browser.findElements(By.cssSelector("g.event"));
        assertThat(marks).isNotEmpty();
        List<String> listed = browser.findElements(By.cssSelector("#event-list li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(listed).hasSameSizeAs(marks);
        for (WebElement mark : marks) {
            String name = mark.getDomAttribute("data-event");
            assertThat(events).anySatisfy(e -> assertThat(e.get("name")).isEqualTo(name));
            assertThat(listed).anySatisfy(item -> assertThat(item).contains(name));
        }
        // Years: the first label of each year carries it.
        List<String> axis = browser.findElements(By.cssSelector("g.axis text")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(axis).anySatisfy(label -> assertThat(label).isEqualTo("2019-01"));
        // Positions are offered by what they mean, not only by id.
        assertThat(browser.findElements(By.cssSelector("#position option")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains("ceasefire: a ceasefire / truce in Idlib");
        // The standings view hides the timeline's date range and period.
        assertThat(browser.findElement(By.id("granularity")).isDisplayed()).isTrue();
        open("?topic=idlib&view=standings&on=2018-09-20");
        assertThat(browser.findElement(By.id("granularity")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("from")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("on")).isDisplayed()).isTrue();
    }

    @Test
    void the_view_can_be_taken_away_as_csv_and_svg() throws Exception {
        open("?topic=idlib&granularity=month&position=ceasefire");
        WebElement csvLink = browser.findElement(By.id("download-csv"));
        assertThat(csvLink.isDisplayed()).isTrue();
        assertThat(csvLink.getDomAttribute("download")).isEqualTo("idlib-month.csv");
        String csv = java.net.URLDecoder.decode(
                csvLink.getDomProperty("href").split(",", 2)[1], java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("actor,position,period,granularity,support,oppose,net,stance");
        // One row per cell on the chart, each as the API gives it.
        assertThat(lines)
                .hasSize(1 + browser.findElements(By.cssSelector("rect.cell")).size());
        List<Map<String, Object>> points = given().queryParam("granularity", "month")
                .queryParam("position", "ceasefire")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList(
                        "series.collect { s -> s.points.collect { p -> [actor: s.actor, period: p.period, support: p.support] } }.flatten()");
        for (Map<String, Object> point : points) {
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .startsWith(point.get("actor") + ",ceasefire," + point.get("period") + ",month,"
                                    + point.get("support") + ","));
        }
        String svg = java.net.URLDecoder.decode(
                browser.findElement(By.id("download-svg"))
                        .getDomProperty("href")
                        .split(",", 2)[1],
                java.nio.charset.StandardCharsets.UTF_8);
        var parsed = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
        assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(parsed.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(lines.size() - 1);
    }

    @Test
    void beyond_a_year_of_articles_a_link_without_a_period_shows_months() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO topic (id, title) VALUES ('long-topic', 'A topic covered for over a year')"
                    + " ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO topic_place (topic_id, name) VALUES ('long-topic', 'Zarqa Vale')"
                    + " ON CONFLICT DO NOTHING");
            // Fourteen monthly notes naming the topic's place: coverage, and no stance.
            statement.execute("""
                    INSERT INTO article (source, external_id, published, body, content_hash)
                    SELECT 'calendar', 'note-' || m, date '2016-01-15' + (m || ' months')::interval,
                           'A quiet month in Zarqa Vale, note ' || m || '.',
                           encode(sha256(convert_to('A quiet month in Zarqa Vale, note ' || m || '.', 'UTF8')), 'hex')
                    FROM generate_series(0, 13) m
                    ON CONFLICT DO NOTHING""");
        }
        open("?topic=long-topic");
        assertThat(browser.findElement(By.id("granularity")).getDomProperty("value"))
                .isEqualTo("month");
        open("?topic=long-topic&granularity=week");
        assertThat(browser.findElement(By.id("granularity")).getDomProperty("value"))
                .isEqualTo("week");
    }

    @Test
    void a_link_with_a_view_or_period_that_is_not_a_choice_shows_the_default_not_a_blank_page() {
        open("?topic=idlib&view=%22%5D&granularity=%22%3E%3Cb%3E");
        assertThat(browser.findElement(By.cssSelector("input[name='view'][value='timeline']"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("granularity")).getDomProperty("value"))
                .isEqualTo("week");
        assertThat(cells("RUS")).isNotEmpty();
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_topic_without_stances_explains_how_to_load_articles() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "INSERT INTO topic (id, title) VALUES ('quiet-topic', 'A topic nothing was loaded for') ON CONFLICT DO NOTHING");
        }
        open("?topic=quiet-topic");
        WebElement empty = browser.findElement(By.id("empty"));
        assertThat(empty.isDisplayed()).isTrue();
        assertThat(empty.getText()).contains("./stance load");
        assertThat(browser.findElements(By.cssSelector("rect.cell"))).isEmpty();
        assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
    }

    @Test
    void an_article_url_that_is_not_http_is_shown_as_text_never_as_a_link() throws Exception {
        // The API refuses such URLs, but the page must not trust the database to hold only what the
        // API let in (an older version, another writer): they are put there directly.
        Map<Long, String> saved = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT id, url FROM article")) {
                while (rs.next()) {
                    saved.put(rs.getLong(1), rs.getString(2));
                }
            }
            // Every third article keeps a web URL, so the page is seen to link those still.
            statement.executeUpdate("""
                    UPDATE article SET url = CASE id % 3
                        WHEN 0 THEN 'https://example.org/news/' || id
                        WHEN 1 THEN 'javascript:document.title=''pwned''//' || id
                        ELSE ' JaVaScRiPt:alert(' || id || ')' END""");
        }
        try {
            open("?topic=idlib&position=ceasefire&granularity=day");
            for (WebElement cell : cells("TUR")) {
                cell.click();
                new WebDriverWait(browser, Duration.ofSeconds(20))
                        .until(d -> !d.findElements(By.cssSelector("#evidence-list li.quote .article-title"))
                                .isEmpty());
                for (WebElement title :
                        browser.findElements(By.cssSelector("#evidence-list li.quote .article-title"))) {
                    if (title.getTagName().equals("a")) {
                        assertThat(title.getDomAttribute("href")).startsWith("https://example.org/news/");
                    } else {
                        assertThat(title.getTagName()).isEqualTo("span");
                    }
                }
            }
            Object otherLinks = ((JavascriptExecutor) browser)
                    .executeScript(
                            "return [...document.querySelectorAll('a[href]')].filter(a => a.protocol !== 'http:' && a.protocol !== 'https:'"
                                    // The page's own downloads of the view: data: URLs it writes itself, of two fixed
                                    // types.
                                    + " && !(a.closest('#downloads') && /^data:(text\\/csv|image\\/svg\\+xml);/.test(a.href))).length;");
            assertThat(((Number) otherLinks).intValue()).isZero();
            assertThat(browser.findElements(By.cssSelector("#evidence-list span.article-title")))
                    .isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#evidence-list a.article-title")))
                    .isNotEmpty();
            assertThat(browser.getTitle()).doesNotContain("pwned");
            screenshot("hostile-urls.png");
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement restore =
                            connection.prepareStatement("UPDATE article SET url = ? WHERE id = ?")) {
                for (Map.Entry<Long, String> article : saved.entrySet()) {
                    restore.setString(1, article.getValue());
                    restore.setLong(2, article.getKey());
                    restore.addBatch();
                }
                restore.executeBatch();
            }
        }
    }

    @Test
    void api_errors_are_shown_not_swallowed() {
        open("?topic=idlib&from=2019-01-01&to=2018-01-01");
        WebElement message = browser.findElement(By.id("message"));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getText()).contains("after");
    }

    @Test
    void a_narrow_screen_gets_no_page_wide_horizontal_scroll() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("?topic=idlib&position=ceasefire&granularity=week");
            Object overflow = ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
            screenshot("narrow.png");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
