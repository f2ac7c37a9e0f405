package org.kakehashi.document;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A translated segment made whole again: each inline code the CAT tool gave back replaced by the source's own (its
 * formatting, link or field as the document has it), checked on the way. The codes may move, since word order
 * differs between languages, but each must come back exactly once, and a pair's end may not come before its
 * start.
 */
final class InlineCodes {

    private InlineCodes() {
    }

    static TextFragment restore(String field, String segment, TextFragment source, TextFragment translated) {
        Map<String, Code> sourceCodes = new LinkedHashMap<>();
        Set<Integer> pairedInSource = new HashSet<>();
        for (Code code : source.getCodes()) {
            sourceCodes.put(key(code), code);
            if (code.getTagType() == TextFragment.TagType.CLOSING
                    && sourceCodes.containsKey(key(code.getId(), TextFragment.TagType.OPENING))) {
                pairedInSource.add(code.getId());
            }
        }
        TextFragment restored = new TextFragment();
        Set<String> used = new HashSet<>();
        Set<Integer> open = new HashSet<>();
        String coded = translated.getCodedText();
        List<Code> codes = translated.getCodes();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TextFragment.isMarker(c)) {
                restored.append(c);
                continue;
            }
            Code code = codes.get(TextFragment.toIndex(coded.charAt(++i)));
            Code original = sourceCodes.get(key(code));
            if (original == null || !used.add(key(code))) {
                throw ExchangeFileProblem.unknownCode(field, segment, name(code));
            }
            if (pairedInSource.contains(code.getId())) {
                if (code.getTagType() == TextFragment.TagType.OPENING) {
                    open.add(code.getId());
                } else if (code.getTagType() == TextFragment.TagType.CLOSING && !open.remove(code.getId())) {
                    throw ExchangeFileProblem.misorderedCode(field, segment, name(code));
                }
            }
            restored.append(original.clone());
        }
        for (Map.Entry<String, Code> expected : sourceCodes.entrySet()) {
            if (!used.contains(expected.getKey())) {
                throw ExchangeFileProblem.missingCode(field, segment, name(expected.getValue()));
            }
        }
        return restored;
    }

    /** The code as a CAT tool shows it: {@code <g1>}, {@code </g1>}, {@code <x2/>}. */
    static String name(Code code) {
        return switch (code.getTagType()) {
            case OPENING -> "<g" + code.getId() + ">";
            case CLOSING -> "</g" + code.getId() + ">";
            default -> "<x" + code.getId() + "/>";
        };
    }

    private static String key(Code code) {
        return key(code.getId(), code.getTagType());
    }

    private static String key(int id, TextFragment.TagType type) {
        return id + type.name();
    }
}
