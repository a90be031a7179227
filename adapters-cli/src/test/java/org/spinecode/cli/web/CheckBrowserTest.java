package org.spinecode.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.spinecode.cli.command.PluginViews;
import org.spinecode.cli.launch.Launcher;
import org.spinecode.plugin.PluginDiscovery;
import org.spinecode.plugin.PluginRegistry;
import org.spinecode.rest.http.RestServer;
import org.spinecode.rest.http.ServerSettings;
import org.spinecode.rest.wire.WireCodec;

/**
 * Check mode in a real headless Chromium: a coder checks billed lines on the page, and a
 * compliance lead opens the audit report {@code spinecode check --report} wrote.
 */
class CheckBrowserTest {
  private static RestServer server;
  private HeadlessChromium chromium;

  @BeforeAll
  static void startServer() {
    PluginRegistry registry = PluginDiscovery.fromClassPath();
    server = RestServer.start(ServerSettings.defaults().withPort(0), registry.engine(), registry.catalogue(),
        PluginViews.of(registry), new WireCodec());
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void three_nerves_billed_as_three_levels_differ_on_the_page_with_the_reason_and_its_authority() throws IOException {
    chromium = HeadlessChromium.open();
    WebDriver browser = chromium.browser();
    browser.get(server.uri().toString());
    chromium.waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    new Select(browser.findElement(By.id("family"))).selectByValue("FACET");
    browser.findElement(By.cssSelector("label[for='purpose-DIAGNOSTIC']")).click();
    browser.findElement(By.cssSelector("label[for='payer-MEDICARE']")).click();
    browser.findElement(By.cssSelector("#nerves-options summary")).click();
    browser.findElement(By.id("nerves")).sendKeys("L3 L4 L5");
    browser.findElement(By.id("billed")).sendKeys("64493-50-KX x1\n64494 , 50, KX\n 64495-50-KX  x1");

    browser.findElement(By.id("check-run")).click();

    chromium.waiting().until(d -> d.findElement(By.id("check-result")).isDisplayed());
    chromium.screenshot("check-page-nerves-as-levels.png");
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

    chromium = HeadlessChromium.open();
    WebDriver browser = chromium.browser();
    browser.get(report.toUri().toString());
    chromium.screenshot("check-audit-report.png");

    assertThat(browser.getTitle()).isEqualTo("SpineCode audit report");
    assertThat(browser.findElement(By.cssSelector("#claims-checked b")).getText()).isEqualTo("6");
    assertThat(browser.findElement(By.cssSelector("#match-rate b")).getText()).isEqualTo("33.3%");
    List<WebElement> bars = browser.findElements(By.cssSelector("#chart-kinds g.bar"));
    assertThat(bars).extracting(bar -> bar.getDomAttribute("data-label")).first().isEqualTo("UNEXPECTED");
    assertThat(browser.findElement(By.cssSelector("#chart-kinds rect")).getSize().getWidth()).isPositive();
    WebElement worst = browser.findElement(By.cssSelector("#patterns tbody tr"));
    assertThat(worst.getText()).startsWith("2 UNEXPECTED").contains("A58350").contains("claim-0417");
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
  }
}
