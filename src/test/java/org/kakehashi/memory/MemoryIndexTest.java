package org.kakehashi.memory;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryIndexTest {

    private static final Provenance LAST_YEAR = new Provenance(Provenance.Origin.DELIVERY, "2025-00123",
            "tax", "tanaka", "suzuki", LocalDate.of(2025, 10, 3));

    private static RememberedPair pair(String id, String source, String target) {
        return new RememberedPair(id, "ja", "en", source, target, LAST_YEAR);
    }

    @Test
    void theSameSegmentIsAnExactMatchSayingWhereItCameFrom() {
        try (MemoryIndex index = new MemoryIndex(new ByteBuffersDirectory())) {
            index.put(pair("e1", "ごみは朝8時までに出してください。", "Put out your rubbish by 8 a.m."));
            index.commit("m1", 1);

            List<Match> matches = index.matches("ごみは朝8時までに出してください。", "ja", "en", 70, 5);

            assertThat(matches).singleElement().satisfies(match -> {
                assertThat(match.exact()).isTrue();
                assertThat(match.target()).isEqualTo("Put out your rubbish by 8 a.m.");
                assertThat(match.from()).isEqualTo(LAST_YEAR);
                assertThat(match.changes()).isEmpty();
            });
        }
    }

    @Test
    void lastYearsSegmentMatchesWithItsYearAndDateNamedAsChanged() {
        try (MemoryIndex index = new MemoryIndex(new ByteBuffersDirectory())) {
            index.put(pair("e1", "令和7年度の市民税の納付期限は10月31日です。",
                    "The deadline for FY2025 municipal tax is October 31."));
            index.put(pair("e2", "図書館は月曜日が休館です。", "The library is closed on Mondays."));
            index.commit("m1", 2);

            List<Match> matches = index.matches("令和8年度の市民税の納付期限は11月2日です。", "ja", "en", 70, 5);

            assertThat(matches).singleElement().satisfies(match -> {
                assertThat(match.entry()).isEqualTo("e1");
                // 24 characters against 23: 7→8, 10→11 (one each), 31→2 (one replaced, one deleted): 20 / 24
                assertThat(match.score()).isEqualTo(83);
                assertThat(match.sameButNumbers()).isTrue();
                assertThat(match.changes()).containsExactly(new NumberChange("令和7年度", "令和8年度"),
                        new NumberChange("10月31日", "11月2日"));
            });
        }
    }

    @Test
    void anotherLanguagePairOrARemovedEntryIsNotOffered() {
        try (MemoryIndex index = new MemoryIndex(new ByteBuffersDirectory())) {
            index.put(pair("e1", "市役所は土日が休みです。", "City Hall is closed on weekends."));
            index.put(new RememberedPair("e2", "ja", "zh-Hans", "図書館は土日も開いています。", "图书馆周末也开放。", LAST_YEAR));
            index.commit("m1", 2);
            assertThat(index.matches("図書館は土日も開いています。", "ja", "en", 50, 5)).isEmpty();

            index.remove("e1");
            index.commit("m1", 3);
            assertThat(index.matches("市役所は土日が休みです。", "ja", "en", 50, 5)).isEmpty();
        }
    }

    @Test
    void theIndexRemembersTheRevisionItReached() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (MemoryIndex index = new MemoryIndex(directory)) {
            index.put(pair("e1", "市役所", "City Hall"));
            index.commit("m1", 42);
        }
        try (MemoryIndex reopened = new MemoryIndex(directory)) {
            assertThat(reopened.revision()).isEqualTo(42);
            assertThat(reopened.memory()).isEqualTo("m1");
            assertThat(reopened.size()).isEqualTo(1);
        }
    }
}
