package org.kakehashi.handover;

import org.junit.jupiter.api.Test;
import org.kakehashi.calendar.FiscalYear;
import org.kakehashi.request.RequestRepository.PastTranslation;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecurringDocumentsTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static PastTranslation request(String number, String department, String document, String text,
                                           LocalDate submitted) {
        return new PastTranslation(number, department, document, text,
                ZonedDateTime.of(submitted.atTime(10, 0), TOKYO).toInstant(), submitted.plusDays(20));
    }

    @Test
    void theSameNewsletterIssueFromTheSameDepartmentInTwoFiscalYearsComesEveryYear() {
        List<RecurringDocuments.Recurring> recurring = RecurringDocuments.among(List.of(
                request("2025-00012", "kouhou", "市報_令和7年5月号.docx", "", LocalDate.of(2025, 4, 14)),
                request("2026-00015", "kouhou", "市報_令和8年5月号.docx", "", LocalDate.of(2026, 4, 13)),
                request("2026-00016", "kankou", "観光マップ.pdf", "", LocalDate.of(2026, 4, 20))), TOKYO);

        assertThat(recurring).singleElement().satisfies(document -> {
            assertThat(document.month()).isEqualTo(Month.APRIL);
            assertThat(document.department()).isEqualTo("kouhou");
            assertThat(document.document()).isEqualTo("市報_令和8年5月号.docx");
            assertThat(document.years()).containsExactly(new FiscalYear(2025), new FiscalYear(2026));
            assertThat(document.lastRequest()).isEqualTo("2026-00015");
            assertThat(document.lastWantedBy()).isEqualTo(LocalDate.of(2026, 5, 3));
        });
    }

    @Test
    void aPastedTextIsKnownByItsFirstLineWithoutItsYear() {
        List<RecurringDocuments.Recurring> recurring = RecurringDocuments.among(List.of(
                request("2024-00100", "zeimu", null, "令和6年度 市民税の説明会\n日時：…", LocalDate.of(2025, 1, 10)),
                request("2025-00090", "zeimu", null, "令和7年度 市民税の説明会\n日時：…", LocalDate.of(2026, 1, 9))),
                TOKYO);

        assertThat(recurring).singleElement()
                .satisfies(document -> assertThat(document.document()).isEqualTo("令和7年度 市民税の説明会"));
    }

    @Test
    void twoRequestsOfOneFiscalYearAreNotAYearlyDocument() {
        // January and March 2026 are both in FY2025, which ends on 31 March 2026
        assertThat(RecurringDocuments.among(List.of(
                request("2025-00200", "kouhou", "市報_1月号.docx", "", LocalDate.of(2026, 1, 5)),
                request("2025-00300", "kouhou", "市報_3月号.docx", "", LocalDate.of(2026, 3, 5))), TOKYO)).isEmpty();
    }

    @Test
    void theDocumentsAreListedInTheOrderOfTheFiscalYearAprilFirstMarchLast() {
        List<RecurringDocuments.Recurring> recurring = RecurringDocuments.among(List.of(
                request("2024-00001", "a", "確定申告の案内.docx", "", LocalDate.of(2025, 2, 3)),
                request("2025-00001", "a", "確定申告の案内.docx", "", LocalDate.of(2026, 2, 2)),
                request("2024-00002", "b", "花火大会.docx", "", LocalDate.of(2024, 7, 1)),
                request("2025-00002", "b", "花火大会.docx", "", LocalDate.of(2025, 7, 1))), TOKYO);

        assertThat(recurring).extracting(RecurringDocuments.Recurring::month)
                .containsExactly(Month.JULY, Month.FEBRUARY);
    }
}
