package org.kakehashi.language;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A direction of translation, such as ja → en: what a linguist covers and what a request asks for. */
@Embeddable
public class LanguagePair {

    @Column(name = "source_language", nullable = false, length = 35)
    private LanguageTag source;

    @Column(name = "target_language", nullable = false, length = 35)
    private LanguageTag target;

    protected LanguagePair() {
    }

    public LanguagePair(LanguageTag source, LanguageTag target) {
        if (source.equals(target)) {
            throw new IllegalArgumentException("a pair needs two languages: " + source);
        }
        this.source = source;
        this.target = target;
    }

    /** {@code ja>en}, the form used in configuration and demo data. */
    public static LanguagePair parse(String text) {
        String[] parts = text.split(">", -1);
        if (parts.length != 2) {
            throw new InvalidLanguageTagException(text);
        }
        return new LanguagePair(LanguageTag.of(parts[0]), LanguageTag.of(parts[1]));
    }

    public LanguageTag source() {
        return source;
    }

    public LanguageTag target() {
        return target;
    }

    /**
     * Whether someone skilled in this pair can take a job in the other: a skill in ja → en covers ja → en-NZ,
     * and a skill in ja → zh-Hans covers ja → zh-Hans-CN, but not ja → zh-Hant.
     */
    public boolean covers(LanguagePair job) {
        return covers(source, job.source) && covers(target, job.target);
    }

    private static boolean covers(LanguageTag skill, LanguageTag asked) {
        return skill.equals(asked) || asked.value().startsWith(skill.value() + "-");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguagePair other && source.equals(other.source) && target.equals(other.target);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, target);
    }

    @Override
    public String toString() {
        return source + ">" + target;
    }
}
