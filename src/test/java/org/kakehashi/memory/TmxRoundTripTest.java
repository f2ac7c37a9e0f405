package org.kakehashi.memory;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A memory exported as TMX and imported into an empty one offers the same matches, from the same requests. */
class TmxRoundTripTest {

    private static final LanguageTag JA = LanguageTag.of("ja");
    private static final LanguageTag EN = LanguageTag.of("en");

    @Test
    void theImportedMemoryOffersTheSameMatchesAsTheExportedOne() {
        Provenance tax = new Provenance(Provenance.Origin.DELIVERY, "2025-00123", "zeimu", "tanaka", "emily",
                LocalDate.of(2025, 10, 3));
        Provenance library = new Provenance(Provenance.Origin.DELIVERY, "2025-00200", "toshokan", "lin", "emily",
                LocalDate.of(2026, 1, 20));
        List<MemoryEntry> exported = List.of(
                entry("令和7年度の市民税の説明会を<g1>10月29日</g1>に開きます。",
                        "The FY2025 municipal tax briefing is held on <g1>October 29</g1>.", tax),
                entry("申込みは不要です。", "No application is needed.", tax),
                entry("図書館は月曜日が休館です。", "The library is closed on Mondays.", library));
        List<String> lookups = List.of("令和8年度の市民税の説明会を11月5日に開きます。", "申込みは不要です。",
                "図書館は火曜日が休館です。", "市役所の駐車場は無料です。");

        List<TmxFiles.Pair> imported = TmxFiles.read(TmxFiles.write(exported, JA));

        try (MemoryIndex before = new MemoryIndex(new ByteBuffersDirectory());
             MemoryIndex after = new MemoryIndex(new ByteBuffersDirectory())) {
            for (int i = 0; i < exported.size(); i++) {
                MemoryEntry entry = exported.get(i);
                before.put(new RememberedPair("e" + i, "ja", "en", entry.source(), entry.target(),
                        entry.provenance()));
            }
            for (int i = 0; i < imported.size(); i++) {
                TmxFiles.Pair pair = imported.get(i);
                after.put(new RememberedPair("i" + i, pair.sourceLanguage().value(), pair.targetLanguage().value(),
                        pair.source(), pair.target(), pair.provenance()));
            }
            before.commit("exported", 3);
            after.commit("imported", 3);
            for (String lookup : lookups) {
                assertThat(view(after.matches(lookup, "ja", "en", 70, 5)))
                        .as(lookup).isEqualTo(view(before.matches(lookup, "ja", "en", 70, 5)));
            }
            assertThat(after.matches("申込みは不要です。", "ja", "en", 70, 5)).singleElement()
                    .satisfies(match -> assertThat(match.from().request()).isEqualTo("2025-00123"));
        }
    }

    private static MemoryEntry entry(String source, String target, Provenance from) {
        return new MemoryEntry(JA, EN, source, target, from, Instant.EPOCH);
    }

    /** A match as a translator sees it: score, texts, request, translator, numbers that differ. */
    private static List<List<Object>> view(List<Match> matches) {
        return matches.stream().map(match -> List.<Object>of(match.score(), match.source(), match.target(),
                String.valueOf(match.from().request()), String.valueOf(match.from().translator()),
                match.changes())).toList();
    }
}
