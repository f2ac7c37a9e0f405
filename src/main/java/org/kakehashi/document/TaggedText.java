package org.kakehashi.document;

import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A segment with its inline codes as the editor shows them, the way CAT tools write them: {@code <g1>} and
 * {@code </g1>} around formatted words, {@code <x2/>} for a standalone code (a footnote reference, a field). The
 * translator keeps the tags in the translation; their markup stays in Kakehashi. The memory keeps its segments in
 * this form too, so that a match brings its formatting along.
 */
public final class TaggedText {

    private static final Pattern TAG = Pattern.compile("<g(\\d+)>|</g(\\d+)>|<x(\\d+)/>");

    private TaggedText() {
    }

    /** The text without its tags. */
    public static String plain(String tagged) {
        return TAG.matcher(tagged).replaceAll("");
    }

    public static String of(TextFragment fragment) {
        StringBuilder tagged = new StringBuilder();
        String coded = fragment.getCodedText();
        List<Code> codes = fragment.getCodes();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                tagged.append(InlineCodes.name(codes.get(TextFragment.toIndex(coded.charAt(++i)))));
            } else {
                tagged.append(c);
            }
        }
        return tagged.toString();
    }

    /** The tagged text as a fragment whose codes carry the tags' ids, for {@link InlineCodes} to restore. */
    public static TextFragment parse(String tagged) {
        TextFragment fragment = new TextFragment();
        Matcher tag = TAG.matcher(tagged);
        int at = 0;
        while (tag.find()) {
            fragment.append(tagged.substring(at, tag.start()));
            if (tag.group(1) != null) {
                fragment.append(TextFragment.TagType.OPENING, "x", "", Integer.parseInt(tag.group(1)));
            } else if (tag.group(2) != null) {
                fragment.append(TextFragment.TagType.CLOSING, "x", "", Integer.parseInt(tag.group(2)));
            } else {
                fragment.append(TextFragment.TagType.PLACEHOLDER, "x", "", Integer.parseInt(tag.group(3)));
            }
            at = tag.end();
        }
        fragment.append(tagged.substring(at));
        return fragment;
    }
}
