package org.kakehashi.quality;

import com.ibm.icu.lang.UScript;
import org.kakehashi.document.TaggedText;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.terms.Glossary;
import org.kakehashi.terms.TermHit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a translation passes before review and before delivery: every segment translated, not the source
 * copied, its inline codes complete, its numbers, amounts, dates, phone numbers and addresses unchanged, the
 * termbase's preferred terms used and forbidden ones absent, and one source translated one way within the job.
 */
public final class QualityCheck {

    private static final Pattern TAG = Pattern.compile("<g\\d+>|</g\\d+>|<x\\d+/>");

    private QualityCheck() {
    }

    public static List<Finding> findings(LanguageTag source, LanguageTag target, List<CheckedPair> pairs,
                                         Glossary glossary) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> firstTranslation = new HashMap<>();
        for (CheckedPair pair : pairs) {
            String sourceText = TaggedText.plain(pair.source());
            if (pair.target() == null || TaggedText.plain(pair.target()).isBlank()) {
                if (!sourceText.isBlank()) {
                    findings.add(new Finding(FindingKind.EMPTY, pair.segment(), sourceText, null));
                }
                continue;
            }
            String targetText = TaggedText.plain(pair.target());
            if (copied(sourceText, targetText, target)) {
                findings.add(new Finding(FindingKind.SOURCE_COPIED, pair.segment(), sourceText, targetText));
            }
            codes(pair, findings);
            findings.addAll(FactsCheck.between(pair.segment(), sourceText, source, targetText, target));
            terms(pair.segment(), sourceText, targetText, glossary, findings);
            consistent(pair.segment(), sourceText, targetText, firstTranslation, findings);
        }
        return findings;
    }

    /**
     * The source copied as its translation, where it holds letters the target language does not write: a Japanese
     * sentence left in an English translation; not a brand name such as Apache POI kept in Latin letters.
     */
    private static boolean copied(String source, String target, LanguageTag targetLanguage) {
        if (!source.strip().equals(target.strip())) {
            return false;
        }
        Set<Integer> written = new HashSet<>();
        for (int script : UScript.getCode(targetLanguage.locale())) {
            written.add(script);
        }
        return source.codePoints().filter(Character::isLetter).map(UScript::getScript)
                .anyMatch(script -> script != UScript.COMMON && script != UScript.INHERITED
                        && !written.contains(script));
    }

    private static void codes(CheckedPair pair, List<Finding> findings) {
        Map<String, Integer> wanted = tags(pair.source());
        Map<String, Integer> written = tags(pair.target());
        if (!wanted.equals(written)) {
            findings.add(new Finding(FindingKind.INLINE_CODES, pair.segment(), String.join("", wanted.keySet()),
                    String.join("", written.keySet())));
        }
    }

    private static Map<String, Integer> tags(String tagged) {
        Map<String, Integer> tags = new LinkedHashMap<>();
        Matcher matcher = TAG.matcher(tagged);
        while (matcher.find()) {
            tags.merge(matcher.group(), 1, Integer::sum);
        }
        return tags;
    }

    private static void terms(String segment, String source, String target, Glossary glossary,
                              List<Finding> findings) {
        for (TermHit hit : glossary.hits(source)) {
            if (!hit.preferred().isEmpty() && !glossary.uses(target, hit.preferred())) {
                findings.add(new Finding(FindingKind.PREFERRED_TERM, segment,
                        hit.text() + " → " + String.join(" / ", hit.preferred()), null));
            }
        }
        for (String forbidden : glossary.forbiddenIn(target)) {
            findings.add(new Finding(FindingKind.FORBIDDEN_TERM, segment, forbidden, forbidden));
        }
    }

    private static void consistent(String segment, String source, String target, Map<String, String> first,
                                   List<Finding> findings) {
        String key = source.strip();
        String earlier = first.putIfAbsent(key, target.strip());
        if (earlier != null && !earlier.equals(target.strip())) {
            findings.add(new Finding(FindingKind.INCONSISTENT, segment, earlier, target.strip()));
        }
    }
}
