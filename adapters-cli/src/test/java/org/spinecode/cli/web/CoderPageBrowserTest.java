package org.spinecode.cli.web;

import org.spinecode.plugin.host.Installation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spinecode.cli.command.ProductViews;
import org.spinecode.cli.launch.Launcher;
import org.spinecode.plugin.host.PluginDiscovery;
import org.spinecode.rest.http.ApiKeys;
import org.spinecode.rest.http.RestServer;
import org.spinecode.rest.http.ServerSettings;
import org.spinecode.rest.wire.WireCodec;

/**
 * A coder drives the page in a real (headless) Chromium against a real server with the shipped
 * families. Needs Debian's chromium and chromium-driver; without them the tests are skipped and
 * say so.
 */
class CoderPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RestServer server;
  private Path profile;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void startServer() {
    server = RestServer.start(ServerSettings.defaults().withPort(0),
        ProductViews.served(Installation.of(PluginDiscovery.fromClassPath())), new WireCodec());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openBrowser() throws IOException {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(CHROMIUM)) {
      missing.add(CHROMIUM + " (apt-get install -y chromium)");
    }
    if (!Files.isExecutable(CHROMEDRIVER)) {
      missing.add(CHROMEDRIVER + " (apt-get install -y chromium-driver)");
    }
    if (!missing.isEmpty()) {
      // Surefire shows only "Skipped" for an assumption: say why where the build log shows it.
      System.out.println("CoderPageBrowserTest SKIPPED: missing " + String.join(", ", missing));
    }
    assumeTrue(missing.isEmpty(), () -> "browser test skipped, missing: " + String.join(", ", missing));
    open(new ChromeOptions());
  }

  private void open(ChromeOptions options) throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile == null) {
      profile = Files.createTempDirectory("spinecode-chromium-");
    }
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1440,1000", "--user-data-dir=" + profile);
    // An explicit driver keeps Selenium Manager from trying to download one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get(server.uri().toString());
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void a_bilateral_two_level_medicare_diagnostic_facet_session_shows_64493_and_64494_each_with_50_and_KX() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    new Select(browser.findElement(By.id("guidance"))).selectByValue("FLUOROSCOPY");
    browser.findElement(By.cssSelector("label[for='purpose-DIAGNOSTIC']")).click();
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    new Select(browser.findElement(By.id("setting"))).selectByValue("OFFICE");
    level("L4-L5", "BILATERAL").click();
    level("L5-S1", "BILATERAL").click();

    List<String> lines = linesShown(2);
    screenshot("coder-page-bilateral-facet.png");

    assertThat(lines).containsExactly("64493 | 50 KX | 1 | L4-L5", "64494 | 50 KX | 1 | L5-S1");
    assertThat(browser.findElement(By.id("selection")).getText()).isEqualTo("L4-L5 bilateral, L5-S1 bilateral");
    assertThat(level("L4-L5", "LEFT").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(level("L4-L5", "RIGHT").getDomAttribute("aria-pressed")).isEqualTo("true");
  }

  @Test
  void behind_api_keys_the_page_asks_for_a_key_once_and_codes_with_it(@TempDir Path dir) throws Exception {
    String key = "page-key-4711";
    String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    ApiKeys keys = ApiKeys.read(Files.writeString(dir.resolve("keys.sha256"), digest + "\n"));
    try (RestServer keyed = RestServer.start(ServerSettings.defaults().withPort(0).withApiKeys(keys),
        ProductViews.served(Installation.of(PluginDiscovery.fromClassPath())), new WireCodec())) {
      browser.get(keyed.uri().toString());
      Alert prompt = wait.until(ExpectedConditions.alertIsPresent());
      prompt.sendKeys(key);
      prompt.accept();
      wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

      new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
      browser.findElement(By.cssSelector("label[for='payer-COMMERCIAL']")).click();
      level("L4-L5", "RIGHT").click();

      assertThat(linesShown(1)).containsExactly("64493 | RT | 1 | L4-L5");
    }
  }

  @Test
  void one_side_chosen_with_the_keyboard_codes_a_single_right_sided_line() {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='payer-COMMERCIAL']")).click();
    level("L4-L5", "RIGHT").sendKeys(Keys.SPACE);

    assertThat(linesShown(1)).containsExactly("64493 | RT | 1 | L4-L5");
  }

  @Test
  void copy_lines_gives_the_lines_as_tab_separated_text() {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    level("L4-L5", "BILATERAL").click();
    linesShown(1);

    browser.findElement(By.id("copy-lines")).click();

    wait.until(d -> d.findElement(By.id("copy-lines")).getDomAttribute("data-copied") != null);
    assertThat(browser.findElement(By.id("copy-lines")).getDomAttribute("data-copied"))
        .startsWith("64493\t50 KX\t1\tL4-L5\t");
    assertThat(browser.findElement(By.id("copy-status")).getText()).isNotBlank();
  }

  @Test
  void diagnoses_typed_show_as_pointers_and_the_claim_copies_as_837p_and_as_fhir() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='purpose-DIAGNOSTIC']")).click();
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    browser.findElement(By.id("diagnoses")).sendKeys("m47816, M54.50");
    level("L4-L5", "BILATERAL").click();
    linesShown(1);
    wait.until(d -> d.findElement(By.cssSelector("#lines tbody td.pointers")).getText().equals("1, 2"));

    browser.findElement(By.id("copy-x12")).click();
    wait.until(d -> d.findElement(By.id("copy-x12")).getDomAttribute("data-copied") != null);
    browser.findElement(By.id("copy-fhir")).click();
    wait.until(d -> d.findElement(By.id("copy-fhir")).getDomAttribute("data-copied") != null);

    String date = browser.findElement(By.id("dateOfService")).getDomProperty("value").replace("-", "");
    assertThat(browser.findElement(By.id("copy-x12")).getDomAttribute("data-copied")).isEqualTo(
        "HI*ABK:M47816*ABF:M5450~\nLX*1~\nSV1*HC:64493:50:KX*0*UN*1***1:2~\nDTP*472*D8*" + date + "~\n");
    JsonNode bundle = JSON.readTree(browser.findElement(By.id("copy-fhir")).getDomAttribute("data-copied"));
    assertThat(bundle.at("/entry/0/resource/item/0/productOrService/coding/0/code").asText()).isEqualTo("64493");
    assertThat(bundle.at("/entry/0/resource/item/0/diagnosisSequence").toString()).isEqualTo("[1,2]");
    assertThat(browser.findElement(By.id("copy-status")).getText()).isEqualTo("Copied the FHIR Bundle");
  }

  @Test
  void findings_show_severity_rule_message_and_source() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    for (String level : new String[] {"L3-L4", "L4-L5", "L5-S1"}) {
      level(level, "LEFT").click();
    }
    linesShown(3);
    screenshot("coder-page-level-limit.png");

    WebElement finding = browser.findElement(By.cssSelector("#findings li[data-rule='LEVEL_LIMIT_EXCEEDED']"));
    assertThat(finding.getDomAttribute("data-severity")).isEqualTo("WARNING");
    assertThat(finding.findElement(By.cssSelector(".message")).getText()).isNotBlank();
    assertThat(finding.findElement(By.cssSelector(".source")).getText()).startsWith("Source: ");
  }

  @Test
  void an_encounter_the_engine_refuses_shows_the_problem_and_its_field() {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    level("L4-L5", "BILATERAL").click();
    linesShown(1);

    ((JavascriptExecutor) browser).executeScript("const d = document.getElementById('dateOfService');"
        + "d.value = '2016-05-01'; d.dispatchEvent(new Event('change', {bubbles: true}));");

    wait.until(d -> d.findElement(By.id("problem")).isDisplayed());
    assertThat(browser.findElement(By.id("problem")).getText()).contains("Date of service")
        .doesNotContain("dateOfService").doesNotContain("Field:");
    assertThat(browser.findElements(By.cssSelector("#lines tbody tr"))).isEmpty();
  }

  @Test
  void a_code_opens_its_explanation_with_the_payer_policies() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    level("L4-L5", "BILATERAL").click();
    linesShown(1);

    browser.findElement(By.cssSelector("#lines tr[data-code='64493'] .code-link")).click();

    wait.until(d -> !d.findElements(By.cssSelector("#explain-body .policies li")).isEmpty());
    screenshot("coder-page-explain.png");
    assertThat(browser.findElement(By.id("explain-title")).getText()).isEqualTo("64493");
    assertThat(browser.findElement(By.id("explain-body")).getText()).contains("Add-ons", "64494");
  }

  @Test
  void an_interlaminar_session_has_no_sides_and_a_caudal_one_needs_no_level() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("INTERLAMINAR");
    browser.findElement(By.cssSelector("label[for='payer-COMMERCIAL']")).click();
    level("L5-S1", "BILATERAL").click();

    assertThat(linesShown(1)).containsExactly("62323 |  | 1 | L5-S1");
    assertThat(level("L5-S1", "LEFT").isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("purpose-group")).isDisplayed()).isFalse();

    browser.findElement(By.id("clear-levels")).click();
    new Select(browser.findElement(By.id("approach"))).selectByValue("CAUDAL");
    List<String> caudal = linesShown(1);
    screenshot("coder-page-caudal.png");
    assertThat(caudal).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("62323 "));
  }

  @Test
  void three_nerves_billed_as_three_levels_differ_on_the_page_with_the_reason_and_its_authority() throws IOException {
    checkNervesAsLevels("64493-50-KX x1\n64494 , 50, KX\n 64495-50-KX  x1");

    screenshot("check-page-nerves-as-levels.png");
    assertThat(browser.findElement(By.id("verdict")).getDomAttribute("data-verdict")).isEqualTo("DIFFERS");
    List<WebElement> rows = browser.findElements(By.cssSelector("#check-lines tbody tr"));
    assertThat(rows).extracting(WebElement::getText).containsExactly(
        "64493-50-KX x1 64493-50-KX x1", "64494-50-KX x1 64494-50-KX x1", "64495-50-KX x1 (not billed) UNEXPECTED");
    WebElement difference = browser.findElement(By.cssSelector("#differences li[data-kind='UNEXPECTED'][data-code='64495']"));
    assertThat(difference.findElement(By.cssSelector(".message")).getText())
        .startsWith("three medial branches L3, L4, L5 block two joints (L4-L5, L5-S1): 64495 is not supported");
    assertThat(difference.findElement(By.cssSelector(".source")).getText()).contains("A58350");
  }

  @Test
  void the_audit_report_shows_the_match_rate_the_chart_and_the_worst_pattern_first(@TempDir Path folder)
      throws IOException {
    Path claims = folder.resolve("claims.ndjson");
    Files.copy(Path.of("../examples/claims/day.ndjson"), claims);
    Path report = folder.resolve("audit.html");
    StringWriter out = new StringWriter();
    int exit = Launcher.execute(new String[] {"check", claims.toString(), "--report", report.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(exit).isEqualTo(1);

    browser.get(report.toUri().toString());
    screenshot("check-audit-report.png");

    assertThat(browser.getTitle()).isEqualTo("SpineCode audit report");
    assertThat(browser.findElement(By.cssSelector("#claims-checked b")).getText()).isEqualTo("6");
    assertThat(browser.findElement(By.cssSelector("#match-rate b")).getText()).isEqualTo("33.3%");
    List<WebElement> bars = browser.findElements(By.cssSelector("#chart-kinds .bar"));
    assertThat(bars).extracting(bar -> bar.getDomAttribute("data-label")).first().isEqualTo("UNEXPECTED");
    assertThat(browser.findElement(By.cssSelector("#chart-kinds .fill")).getSize().getWidth()).isPositive();
    WebElement worst = browser.findElement(By.cssSelector("#patterns tbody tr"));
    assertThat(worst.getText()).startsWith("2 UNEXPECTED").contains("A58350").contains("claim-0417");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
  }

  /** Issue 20, item 7: the audit report reads on a 390 px phone, nothing cut off, the patterns stacked with their labels. */
  @Test
  void on_a_phone_the_audit_report_fits_the_screen_with_its_charts_and_patterns(@TempDir Path folder) throws IOException {
    open(phone());
    Path claims = folder.resolve("claims-with-a-long-path-name-from-the-practice-management-export.ndjson");
    String longId = "claim-" + "0123456789".repeat(5) + "-0417";
    Files.writeString(claims, Files.readString(Path.of("../examples/claims/day.ndjson"))
        + Files.readString(Path.of("../examples/claims/day.ndjson")).lines().findFirst().orElseThrow()
            .replace("claim-0417", longId) + "\n");
    Path report = folder.resolve("audit.html");
    Launcher.execute(new String[] {"check", claims.toString(), "--report", report.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true));

    browser.get(report.toUri().toString());
    screenshot("check-audit-report-390x844.png");

    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat((Long) js.executeScript("return window.innerWidth;")).isEqualTo(390);
    assertThat((Long) js.executeScript("return document.documentElement.scrollWidth;")).as("report width at 390 px")
        .isLessThanOrEqualTo(390);
    for (WebElement fill : browser.findElements(By.cssSelector(".chart .fill"))) {
      Rectangle bar = fill.getRect();
      assertThat(bar.getWidth()).isPositive();
      assertThat(bar.getX() + bar.getWidth()).isLessThanOrEqualTo(390);
    }
    WebElement worst = browser.findElement(By.cssSelector("#patterns tbody tr"));
    assertThat(worst.getRect().getWidth()).isLessThanOrEqualTo(390);
    assertThat(js.executeScript("return getComputedStyle(arguments[0], '::before').content;",
        worst.findElement(By.cssSelector("td[data-label='claim ids']")))).isEqualTo("\"claim ids: \"");
    assertThat(worst.getText()).contains(longId);
  }

  /** Issue 20, item 7: stacked on a phone, each cell of the check table still says whether it is billed or SpineCode's. */
  @Test
  void on_a_phone_the_check_table_keeps_its_billed_and_spinecode_labels() throws IOException {
    open(phone());
    checkNervesAsLevels("64493-50-KX x1\n64494-50-KX x1\n64495-50-KX x1");
    screenshot("check-page-390x844.png");

    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(browser.findElement(By.cssSelector("#check-lines thead")).isDisplayed()).as("header stacked away").isFalse();
    for (WebElement row : browser.findElements(By.cssSelector("#check-lines tbody tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(js.executeScript("return getComputedStyle(arguments[0], '::before').content;", cells.get(0)))
          .isEqualTo("\"Billed\"");
      assertThat(js.executeScript("return getComputedStyle(arguments[0], '::before').content;", cells.get(1)))
          .isEqualTo("\"SpineCode\"");
      assertThat(js.executeScript("return getComputedStyle(arguments[0], '::before').textTransform;", cells.get(0)))
          .isEqualTo("uppercase");
    }
    assertThat((Long) js.executeScript("return document.documentElement.scrollWidth;")).as("page width at 390 px")
        .isLessThanOrEqualTo(390);
  }

  @Test
  void on_a_phone_the_claim_fits_the_screen_and_a_tap_toggles_the_level_tapped() throws IOException {
    open(phone());
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    new Select(browser.findElement(By.id("setting"))).selectByValue("HOSPITAL_OUTPATIENT");
    for (String level : new String[] {"L3-L4", "L4-L5", "L5-S1"}) {
      tap(level(level, "RIGHT"));
    }
    linesShown(3);
    tap(level("L4-L5", "BILATERAL"));
    wait.until(d -> "true".equals(level("L4-L5", "LEFT").getDomAttribute("aria-pressed")));
    linesShown(3);
    browser.findElement(By.id("findings")).getText();
    screenshot("coder-page-390x844.png");

    JavascriptExecutor js = (JavascriptExecutor) browser;
    long pageWidth = (Long) js.executeScript("return document.documentElement.scrollWidth;");
    long viewport = (Long) js.executeScript("return window.innerWidth;");
    assertThat(viewport).isEqualTo(390);
    assertThat(pageWidth).as("page width at 390 px").isLessThanOrEqualTo(viewport);
    assertThat(level("L4-L5", "RIGHT").getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(level("L5-S1", "LEFT").getDomAttribute("aria-pressed")).isEqualTo("false");
    assertThat(level("L3-L4", "LEFT").getDomAttribute("aria-pressed")).isEqualTo("false");
    assertThat(level("L4-L5", "BILATERAL").getRect().getHeight()).isGreaterThanOrEqualTo(44);
    assertThat(level("L4-L5", "RIGHT").getRect().getWidth()).isGreaterThanOrEqualTo(44);
    assertThat(browser.findElement(By.id("findings")).getText())
        .doesNotContain("priorAuthorizationNumber").doesNotContain("HOSPITAL_OUTPATIENT");
  }

  @Test
  void on_a_desktop_screen_the_claim_reads_as_a_table() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 900));
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    level("L4-L5", "BILATERAL").click();
    level("L5-S1", "BILATERAL").click();
    linesShown(2);
    screenshot("coder-page-1280x900.png");

    assertThat(browser.findElement(By.cssSelector("#lines thead")).isDisplayed()).isTrue();
    long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    assertThat(pageWidth).isLessThanOrEqualTo(1280);
  }

  @Test
  void a_code_explanation_shows_the_dates_in_effect_and_the_fee_schedule_bilateral_indicator() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("TRANSFORAMINAL");
    browser.findElement(By.cssSelector("label[for='payer-COMMERCIAL']")).click();
    level("L4-L5", "BILATERAL").click();

    explain("#lines tr[data-code='64483']", "64483");
    assertThat(fact("effective")).isEqualTo("every date SpineCode codes (2017-01-01 on)");
    assertThat(fact("feeScheduleBilateral"))
        .matches("1 \\(CMS PFS \\w+\\): .*modifier 50 is correct for one level done on both sides");
    assertThat(browser.findElement(By.id("explain")).getDomAttribute("data-deleted")).isEqualTo("false");
    assertThat(browser.findElements(By.cssSelector("#explain-body .code-state"))).isEmpty();
    closeExplanation();

    new Select(browser.findElement(By.id("family"))).selectByValue("INTERLAMINAR");
    explain("#lines tr[data-code='62323']", "62323");
    screenshot("coder-page-explain-dates.png");
    assertThat(fact("effective")).isEqualTo("since 2017-01-01 — CPT 2017 code set; CMS PFS RVU17A");
    assertThat(fact("feeScheduleBilateral")).matches("9 \\(CMS PFS \\w+\\): .*no laterality, neither 50 nor RT/LT");
    assertThat(browser.findElement(By.id("explain")).getDomAttribute("data-deleted")).isEqualTo("false");
    assertThat(browser.findElement(By.id("explain-body")).getText()).doesNotContain("null");
  }

  @Test
  void a_deleted_code_named_by_check_mode_opens_marked_deleted() throws IOException {
    new Select(browser.findElement(By.id("family"))).selectByValue("TRANSFORAMINAL");
    new Select(browser.findElement(By.id("guidance"))).selectByValue("ULTRASOUND");
    browser.findElement(By.cssSelector("label[for='payer-COMMERCIAL']")).click();
    level("L4-L5", "LEFT").click();
    browser.findElement(By.id("billed")).sendKeys("0230T-LT");
    browser.findElement(By.id("check-run")).click();

    explain("#differences li[data-kind='UNEXPECTED'][data-code='0230T']", "0230T");
    screenshot("check-page-deleted-code.png");
    assertThat(browser.findElement(By.id("explain")).getDomAttribute("data-deleted")).isEqualTo("true");
    assertThat(browser.findElement(By.cssSelector("#explain-body .code-state")).getText())
        .containsIgnoringCase("deleted").contains("Not in effect after 2020-12-31");
    assertThat(fact("effective")).isEqualTo(
        "until 2020-12-31 (deleted) — CMS PFS: absent from RVU21A (2021-01-01) on; NCCI edits end 2020-12-31");
    assertThat(fact("feeScheduleBilateral")).isEqualTo("none in the installed fee schedule");
    assertThat(browser.findElement(By.cssSelector("#explain .dialog-head")).getCssValue("background-color"))
        .as("a deleted code's heading is red, not the usual teal").isEqualTo("rgba(179, 38, 30, 1)");
    closeExplanation();

    // A code deleted before our tables start is a note, not a dated code: still marked deleted.
    new Select(browser.findElement(By.id("family"))).selectByValue("INTERLAMINAR");
    browser.findElement(By.id("billed")).clear();
    browser.findElement(By.id("billed")).sendKeys("62311");
    browser.findElement(By.id("check-run")).click();

    explain("#differences li[data-kind='UNEXPECTED'][data-code='62311']", "62311");
    assertThat(browser.findElement(By.id("explain")).getDomAttribute("data-deleted")).isEqualTo("true");
    assertThat(fact("status")).isEqualTo("Deleted");
    assertThat(fact("label")).startsWith("Deleted 2017-01-01");
    assertThat(browser.findElements(By.cssSelector("#explain-body dd[data-fact='effective']"))).isEmpty();
  }

  @Test
  void billed_lines_that_cannot_be_read_show_why_and_nothing_else() {
    browser.findElement(By.id("billed")).sendKeys("fifty");
    browser.findElement(By.id("check-run")).click();

    wait.until(d -> d.findElement(By.id("check-problem")).isDisplayed());
    assertThat(browser.findElement(By.id("check-problem")).getText())
        .isEqualTo("The billed lines could not be read\nStart each line with a code such as 64493 (found \"FIFTY\")");
  }

  @Test
  void the_codes_list_shows_every_installed_code_with_its_dates_and_indicator_and_marks_deleted_ones() throws IOException {
    JsonNode installed = JSON.readTree(server.uri().resolve("/v1/codes").toURL().openStream());
    List<String> deletedByApi = new ArrayList<>();
    for (JsonNode code : installed) {
      if (code.has("effectiveThrough") && LocalDate.parse(code.get("effectiveThrough").asText()).isBefore(LocalDate.now())) {
        deletedByApi.add(code.get("code").asText());
      }
    }
    assertThat(deletedByApi).contains("0230T");

    browser.findElement(By.cssSelector("#codes summary")).click();
    wait.until(d -> d.findElements(By.cssSelector("#code-list tbody tr")).size() == installed.size());
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        browser.findElement(By.cssSelector("#code-list tr[data-code='0230T']")));
    screenshot("coder-page-codes.png");

    assertThat(codeRow("62323", "td.dates")).isEqualTo("since 2017-01-01");
    assertThat(codeRow("62323", "td.fee-bilateral")).matches("9 \\(CMS PFS \\w+\\): .*no laterality.*");
    assertThat(codeRow("64483", "td.dates")).isEqualTo("every date SpineCode codes (2017-01-01 on)");
    assertThat(codeRow("64483", "td.fee-bilateral")).matches("1 \\(CMS PFS \\w+\\): .*modifier 50 is correct.*");
    assertThat(codeRow("64483", "td.label")).isEqualTo("Transforaminal epidural injection, low back or sacrum, first level");
    assertThat(codeRow("0230T", "td.dates")).isEqualTo("until 2020-12-31 (deleted)");
    assertThat(codeRow("0230T", "td.fee-bilateral")).isEqualTo("none in the installed fee schedule");
    assertThat(codeRow("0230T", "td.code .badge.deleted")).isEqualToIgnoringCase("deleted");
    assertThat(browser.findElements(By.cssSelector("#code-list tbody tr[data-deleted='true']")))
        .extracting(row -> row.getDomAttribute("data-code")).containsExactlyInAnyOrderElementsOf(deletedByApi);
    assertThat(browser.findElements(By.cssSelector("#code-list tbody tr[data-deleted='false'] .badge.deleted"))).isEmpty();

    explain("#code-list tr[data-code='0230T']", "0230T");
    assertThat(browser.findElement(By.id("explain")).getDomAttribute("data-deleted")).isEqualTo("true");
  }

  @Test
  void on_a_phone_the_codes_list_and_a_deleted_code_fit_the_screen() throws IOException {
    open(phone());
    WebElement summary = browser.findElement(By.cssSelector("#codes summary"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", summary);
    tap(summary);
    wait.until(d -> !d.findElements(By.cssSelector("#code-list tr[data-code='0230T']")).isEmpty());
    WebElement deleted = codeLink("#code-list tr[data-code='0230T']");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", deleted);
    screenshot("coder-page-codes-390x844.png");

    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat((Long) js.executeScript("return document.documentElement.scrollWidth;")).as("page width at 390 px")
        .isLessThanOrEqualTo(390);
    assertThat(browser.findElement(By.cssSelector("#code-list thead")).isDisplayed()).isFalse();
    assertThat(deleted.getRect().getHeight()).isGreaterThanOrEqualTo(44);

    tap(deleted);
    waitForExplanation("0230T");
    screenshot("coder-page-deleted-code-390x844.png");
    assertThat(browser.findElement(By.id("explain")).getRect().getWidth()).isLessThanOrEqualTo(390);
    assertThat(browser.findElement(By.cssSelector("#explain-body dd[data-fact='effective']")).getRect().getWidth())
        .as("the dates get the dialog's width, not a sliver beside a long fact name").isGreaterThan(250);
    assertThat(browser.findElement(By.cssSelector("#explain-body .code-state")).isDisplayed()).isTrue();
  }

  /** A Medicare diagnostic facet session named by the nerves L3, L4, L5, checked against {@code billed}. */
  private void checkNervesAsLevels(String billed) {
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='purpose-DIAGNOSTIC']")).click();
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    browser.findElement(By.cssSelector("#nerves-options summary")).click();
    browser.findElement(By.id("nerves")).sendKeys("L3 L4 L5");
    browser.findElement(By.id("billed")).sendKeys(billed);
    browser.findElement(By.id("check-run")).click();
    wait.until(d -> d.findElement(By.id("check-result")).isDisplayed());
  }

  private static ChromeOptions phone() {
    ChromeOptions phone = new ChromeOptions();
    phone.setExperimentalOption("mobileEmulation", Map.of(
        "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
        "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0"
            + " Mobile Safari/537.36"));
    return phone;
  }

  /** The code button inside the element {@code css} names, once the page has drawn it. */
  private WebElement codeLink(String css) {
    return wait.ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector(css + " .code-link")).stream().findFirst().orElse(null));
  }

  /** Presses the code button inside the element {@code css} names and waits for the code's explanation. */
  private void explain(String css, String code) {
    // Found afresh on each try: a result that arrives meanwhile redraws the lines.
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      d.findElement(By.cssSelector(css + " .code-link")).click();
      return true;
    });
    waitForExplanation(code);
  }

  private void waitForExplanation(String code) {
    wait.until(d -> code.equals(d.findElement(By.id("explain-title")).getText())
        && !d.findElements(By.cssSelector("#explain-body dl.facts")).isEmpty());
  }

  private String fact(String key) {
    return browser.findElement(By.cssSelector("#explain-body dd[data-fact='" + key + "']")).getText();
  }

  private void closeExplanation() {
    browser.findElement(By.cssSelector("#explain .dialog-head button")).click();
    wait.until(d -> d.findElement(By.id("explain")).getDomAttribute("open") == null);
  }

  private String codeRow(String code, String cell) {
    return browser.findElement(By.cssSelector("#code-list tr[data-code='" + code + "'] " + cell)).getText();
  }

  /** A finger, not a mouse: what a coder on a phone does. */
  private void tap(WebElement target) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    Rectangle box = target.getRect();
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence tap = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
            box.getX() + box.getWidth() / 2 - scrollX(), box.getY() + box.getHeight() / 2 - scrollY()))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    ((RemoteWebDriver) browser).perform(List.of(tap));
  }

  private int scrollX() {
    return ((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollX;")).intValue();
  }

  private int scrollY() {
    return ((Number) ((JavascriptExecutor) browser).executeScript("return window.scrollY;")).intValue();
  }

  private WebElement level(String level, String side) {
    return browser.findElement(By.cssSelector("#spine button[data-level='" + level + "'][data-side='" + side + "']"));
  }

  /** Waits for the page to settle on this many claim lines and reads them. */
  private List<String> linesShown(int count) {
    // Read inside the wait: a result that arrives meanwhile redraws the table under our feet.
    return wait.ignoring(StaleElementReferenceException.class).until(d -> {
      String state = d.findElement(By.id("status")).getDomAttribute("data-state");
      List<WebElement> rows = d.findElements(By.cssSelector("#lines tbody tr"));
      if ("busy".equals(state) || "idle".equals(state) || rows.size() != count) {
        return null;
      }
      List<String> lines = new ArrayList<>();
      for (WebElement row : rows) {
        lines.add(row.getDomAttribute("data-code") + " | " + row.getDomAttribute("data-modifiers") + " | "
            + row.findElement(By.cssSelector("td.units")).getText() + " | "
            + row.findElement(By.cssSelector("td.levels")).getText());
      }
      return lines;
    });
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(SCREENSHOTS);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
