package org.kakehashi.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.kakehashi.language.LanguageTag;

/**
 * A term of an entry. A term the directory owns (a department's or partner's name) is kept in step with the
 * directory and changed only there.
 */
@Embeddable
public class Term {

    static final int TEXT_LENGTH = 500;

    @Column(nullable = false, length = 35)
    private LanguageTag language;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String text;

    @Column(name = "part_of_speech", length = 32)
    private String partOfSpeech;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TermStatus status;

    @Column(name = "from_directory", nullable = false)
    private boolean fromDirectory;

    protected Term() {
    }

    Term(TermForm form, boolean fromDirectory) {
        this.language = form.language();
        this.text = form.text().strip();
        this.partOfSpeech = form.partOfSpeech();
        this.status = form.status();
        this.fromDirectory = fromDirectory;
    }

    public LanguageTag language() {
        return language;
    }

    public String text() {
        return text;
    }

    public TermStatus status() {
        return status;
    }

    public boolean fromDirectory() {
        return fromDirectory;
    }

    TermForm form() {
        return new TermForm(language, text, partOfSpeech, status);
    }
}
