package org.kakehashi.document;

import java.util.Locale;

/**
 * The exchange files a translator's CAT tool takes: XLIFF 2.1, and XLIFF 1.2, which OmegaT, Trados and memoQ still
 * prefer. Both carry one unit per text unit of the source, split into its sentences.
 */
public enum ExchangeFormat {
    XLIFF_2_1("2.1"),
    XLIFF_1_2("1.2");

    private final String version;

    ExchangeFormat(String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }

    /** The format a version attribute names ({@code 2.0} is read as 2.1, which only adds modules to it). */
    static ExchangeFormat ofVersion(String version) {
        return switch (version == null ? "" : version.strip()) {
            case "2.0", "2.1", "2.2" -> XLIFF_2_1;
            case "1.2" -> XLIFF_1_2;
            default -> throw ExchangeFileProblem.unknownVersion(version);
        };
    }

    /** {@code 2.1} or {@code 1.2}, as a query parameter names it. */
    public static ExchangeFormat named(String field, String name) {
        if (name == null || name.isBlank()) {
            return XLIFF_2_1;
        }
        for (ExchangeFormat format : values()) {
            if (format.version.equals(name.strip().toLowerCase(Locale.ROOT).replace("xliff", "").strip())) {
                return format;
            }
        }
        throw ExchangeFileProblem.unknownFormat(field, name);
    }
}
