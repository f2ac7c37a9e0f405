package org.kakehashi.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything that has happened to a request, oldest first: each step, who took it, when, and its note. */
@Embeddable
public class Timeline {

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderColumn(name = "position")
    private List<TimelineEntry> entries = new ArrayList<>();

    void record(Instant at, TimelineEvent event, String actor, LanguageTag target, String note) {
        entries.add(new TimelineEntry(at, event, actor, target, note));
    }

    /** Retention: the notes, which may name people or quote the text, go; who did which step when stays. */
    void eraseNotes() {
        entries.forEach(TimelineEntry::eraseNote);
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }
}
