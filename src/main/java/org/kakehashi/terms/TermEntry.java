package org.kakehashi.terms;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One concept of the termbase with its terms in each language. An entry of the directory (a department or a
 * partner) names it by its key, {@code department:KOKUSAI}; its names are the directory's, other terms (a
 * forbidden old name, say) are the office's own. A retired entry stays, for the audit and old exports' ids.
 */
@Entity
@Table(name = "term_entry")
public class TermEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private long version;

    @Column(name = "directory_key", updatable = false, length = 80)
    private String directoryKey;

    @Column(name = "subject_field", length = 200)
    private String subjectField;

    @Column(length = 2000)
    private String definition;

    @Column(length = 2000)
    private String note;

    @Column(length = 500)
    private String source;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "term", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Term> terms = new ArrayList<>();

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 64)
    private String retiredBy;

    @Column(name = "retirement_reason", length = 500)
    private String retirementReason;

    protected TermEntry() {
    }

    TermEntry(String directoryKey, Instant at, String by) {
        this.directoryKey = directoryKey;
        this.changedAt = at;
        this.changedBy = by;
    }

    /** Describes the concept anew; the directory's own terms stay as the directory has them. */
    void describe(Concept concept, Instant at, String by) {
        this.subjectField = concept.subjectField();
        this.definition = concept.definition();
        this.note = concept.note();
        this.source = concept.source();
        List<Term> kept = new ArrayList<>(terms.stream().filter(Term::fromDirectory).toList());
        concept.terms().stream()
                .filter(form -> kept.stream().noneMatch(t -> t.language().equals(form.language())
                        && t.text().equals(form.text().strip())))
                .forEach(form -> kept.add(new Term(form, false)));
        this.terms = kept;
        changed(at, by);
    }

    /** The directory's names of the thing, replacing those it had; the office's own terms stay. */
    void nameFromDirectory(List<TermForm> names, Instant at, String by) {
        if (terms.stream().filter(Term::fromDirectory).map(Term::form).toList().equals(names)) {
            return;
        }
        List<Term> kept = new ArrayList<>(names.stream().map(form -> new Term(form, true)).toList());
        terms.stream().filter(t -> !t.fromDirectory())
                .filter(t -> kept.stream().noneMatch(k -> k.language().equals(t.language())
                        && k.text().equals(t.text())))
                .forEach(kept::add);
        this.terms = kept;
        changed(at, by);
    }

    void retire(String reason, Instant at, String by) {
        this.retiredAt = at;
        this.retiredBy = by;
        this.retirementReason = reason;
        changed(at, by);
    }

    private void changed(Instant at, String by) {
        this.changedAt = at;
        this.changedBy = by;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Optional<String> directoryKey() {
        return Optional.ofNullable(directoryKey);
    }

    public List<Term> terms() {
        return List.copyOf(terms);
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Optional<String> retirementReason() {
        return Optional.ofNullable(retirementReason);
    }

    public Concept concept() {
        return new Concept(id == null ? null : id.toString(), subjectField, definition, note, source,
                terms.stream().map(Term::form).toList());
    }

    /** The first term of the entry, for listing entries in an order a person can scan. */
    String sortKey() {
        return terms.isEmpty() ? "" : terms.get(0).text();
    }
}
