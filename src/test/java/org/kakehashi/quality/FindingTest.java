package org.kakehashi.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTest {

    @Test
    void theKeyNamesTheKindTheSegmentAndWhatTheSourceSaysButNotWhatTheTargetHas() {
        Finding wrongDay = new Finding(FindingKind.DATE, "tu3:s1", "令和8年10月29日", "October 28, 2026");
        Finding noDay = new Finding(FindingKind.DATE, "tu3:s1", "令和8年10月29日", null);

        assertThat(wrongDay.key()).isEqualTo("DATE:tu3:s1:令和8年10月29日").isEqualTo(noDay.key());
    }
}
