package org.kakehashi.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kakehashi.it.Api;
import org.kakehashi.it.TestOffice;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator opens the reports page: this 年度 with its charts, each with its table and CSV link. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("browser")
class ReportsBrowserIT {

    @ArquillianResource
    URL base;

    @Test
    void theCurrentFiscalYearShowsChartsWithTablesBesideThem() throws Exception {
        Api.as(base, "sato").submit("図書館の利用案内");
        LocalDate today = LocalDate.now();
        int fiscalYear = today.getMonth().compareTo(Month.APRIL) >= 0 ? today.getYear() : today.getYear() - 1;

        try (Browser browser = Browser.open(base, "theCurrentFiscalYearShowsChartsWithTablesBesideThem")) {
            browser.logIn("emily", TestOffice.PASSWORD).go("reports.html");
            assertThat(browser.textOnceItContains(By.id("label"), "年度")).startsWith("令和");

            for (String chart : List.of("months-chart", "departments-chart", "language-pairs-chart")) {
                Object drawn = ((JavascriptExecutor) browser.driver()).executeScript(
                        "return window.Chart.getChart(document.getElementById(arguments[0])) !== undefined", chart);
                assertThat(drawn).as(chart).isEqualTo(true);
            }
            List<WebElement> months = browser.driver().findElements(By.cssSelector("#table-months tbody tr"));
            assertThat(months).hasSize(12);
            assertThat(months.get(0).getText()).startsWith(fiscalYear + "年4月");
            assertThat(browser.driver().findElement(By.id("table-summary")).getText()).contains("受付件数");
            assertThat(browser.driver().findElements(By.cssSelector("a[download]")))
                    .extracting(link -> link.getAttribute("href"))
                    .contains(base + "api/reports/fiscal-year/months.csv?year=" + fiscalYear);
        }
    }
}
