package org.kakehashi.memory;

import org.junit.jupiter.api.Test;
import org.kakehashi.language.LanguageTag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TmxFilesTest {

    private static final LanguageTag JA = LanguageTag.of("ja");

    @Test
    void aMemoryWrittenAsTmxIsReadBackWithWhereEachPairCameFrom() {
        Provenance delivered = new Provenance(Provenance.Origin.DELIVERY, "2025-00123", "zeimu", "tanaka", "emily",
                LocalDate.of(2025, 10, 3));
        List<MemoryEntry> entries = List.of(
                new MemoryEntry(JA, LanguageTag.of("en"), "市民税の納付期限は10月31日です。",
                        "The municipal tax is due on October 31.", delivered, Instant.EPOCH),
                new MemoryEntry(JA, LanguageTag.of("zh-Hans"), "図書館は月曜日が休館です。", "图书馆周一闭馆。",
                        delivered, Instant.EPOCH));

        byte[] tmx = TmxFiles.write(entries, JA);

        assertThat(new String(tmx, StandardCharsets.UTF_8)).contains("<tmx version=\"1.4\"", "srclang=\"ja\"");
        assertThat(TmxFiles.read(tmx)).containsExactlyInAnyOrder(
                new TmxFiles.Pair(JA, LanguageTag.of("en"), "市民税の納付期限は10月31日です。",
                        "The municipal tax is due on October 31.", imported(delivered)),
                new TmxFiles.Pair(JA, LanguageTag.of("zh-Hans"), "図書館は月曜日が休館です。", "图书馆周一闭馆。",
                        imported(delivered)));
    }

    @Test
    void anOmegaTMemoryIsReadWithItsInlineTagsAsTheMemorysTags() {
        String omegat = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
                          segtype="sentence" srclang="ja"/>
                  <body>
                    <tu>
                      <tuv xml:lang="ja"><seg>説明会は<bpt i="1" x="1">&lt;b0&gt;</bpt>11月5日<ept i="1">&lt;/b0&gt;</ept>です。</seg></tuv>
                      <tuv xml:lang="en" changeid="cir" changedate="20250301T090000Z"><seg>The briefing is on <bpt i="1" x="1">&lt;b0&gt;</bpt>November 5<ept i="1">&lt;/b0&gt;</ept>.</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """;

        assertThat(TmxFiles.read(omegat.getBytes(StandardCharsets.UTF_8))).singleElement().satisfies(pair -> {
            assertThat(pair.source()).isEqualTo("説明会は<g1>11月5日</g1>です。");
            assertThat(pair.target()).isEqualTo("The briefing is on <g1>November 5</g1>.");
            assertThat(pair.targetLanguage()).isEqualTo(LanguageTag.of("en"));
            assertThat(pair.provenance().origin()).isEqualTo(Provenance.Origin.IMPORT);
        });
    }

    @Test
    void taggedSegmentsGoOutAsTmxCodesAndComeBackTagged() {
        Provenance delivered = new Provenance(Provenance.Origin.DELIVERY, "2025-00124", null, "tanaka", "emily",
                LocalDate.of(2025, 10, 3));
        byte[] tmx = TmxFiles.write(List.of(new MemoryEntry(JA, LanguageTag.of("en"), "説明会は<g1>11月5日</g1>です。<x2/>",
                "The briefing is on <g1>November 5</g1>.<x2/>", delivered, Instant.EPOCH)), JA);

        assertThat(new String(tmx, StandardCharsets.UTF_8)).contains("<bpt", "<ept", "<ph").doesNotContain("&lt;g1");
        assertThat(TmxFiles.read(tmx)).extracting(TmxFiles.Pair::source, TmxFiles.Pair::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("説明会は<g1>11月5日</g1>です。<x2/>",
                        "The briefing is on <g1>November 5</g1>.<x2/>"));
    }

    @Test
    void aFileThatIsNotTmxOrDeclaresEntitiesIsRefused() {
        assertThatThrownBy(() -> TmxFiles.read("<xliff version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MemoryProblem.class);
        assertThatThrownBy(() -> TmxFiles.read(("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><tmx version=\"1.4\"/>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MemoryProblem.class);
    }

    private static Provenance imported(Provenance delivered) {
        return new Provenance(Provenance.Origin.IMPORT, delivered.request(), delivered.department(),
                delivered.translator(), delivered.reviewer(), delivered.date());
    }
}
