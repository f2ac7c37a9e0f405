package org.kakehashi.language;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** The languages the office offers ({@code language/offered-languages.txt}), described for a viewer. */
public final class LanguageCatalog {

    private static final String OFFERED = "/language/offered-languages.txt";

    private final List<LanguageTag> offered;

    public LanguageCatalog(List<LanguageTag> offered) {
        this.offered = List.copyOf(offered);
    }

    public static LanguageCatalog offeredByTheOffice() {
        try (InputStream in = LanguageCatalog.class.getResourceAsStream(OFFERED);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new LanguageCatalog(lines.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(LanguageTag::of)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LanguageTag> offered() {
        return offered;
    }

    public boolean offers(LanguageTag tag) {
        return offered.stream().anyMatch(o -> o.equals(tag) || covers(o, tag));
    }

    /** The offered languages named in the viewer's language and sorted with the viewer's collation. */
    public List<LanguageInfo> describedFor(ULocale viewer) {
        Collator collator = Collator.getInstance(viewer);
        return offered.stream()
                .map(tag -> describe(tag, viewer))
                .sorted(Comparator.comparing(LanguageInfo::name, collator))
                .toList();
    }

    public static LanguageInfo describe(LanguageTag tag, ULocale viewer) {
        ULocale locale = tag.locale();
        return new LanguageInfo(tag.value(), nameFor(locale, viewer), nameFor(locale, locale),
                ULocale.addLikelySubtags(locale).getScript(),
                locale.isRightToLeft() ? LanguageInfo.Direction.RTL : LanguageInfo.Direction.LTR);
    }

    /**
     * ICU's display name, with full-width parentheses for Japanese and Chinese readers: CLDR's Japanese pattern
     * writes "中国語 (簡体字)", where Japanese typesetting, and the city's documents, write "中国語（簡体字）".
     */
    private static String nameFor(ULocale language, ULocale viewer) {
        String name = language.getDisplayName(viewer);
        String viewerLanguage = viewer.getLanguage();
        if (viewerLanguage.equals("ja") || viewerLanguage.equals("zh")) {
            return name.replace(" (", "（").replace("(", "（").replace(")", "）");
        }
        return name;
    }

    /** An offered {@code en} covers {@code en-NZ}; an offered {@code zh-Hans} covers {@code zh-Hans-CN}. */
    private static boolean covers(LanguageTag offered, LanguageTag tag) {
        return tag.value().startsWith(offered.value() + "-");
    }
}
