package org.kakehashi.quality;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Finds URLs and mail addresses, without the punctuation of the sentence around them. */
final class WebAddresses {

    private static final Pattern URL = Pattern.compile("https?://[!-~]+");
    private static final Pattern MAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    private static final Pattern WWW = Pattern.compile("(?<![\\w.@/])www\\.[!-~]+");
    private static final String SENTENCE_PUNCTUATION = ".,;:!?'\"]}>";

    private WebAddresses() {
    }

    static void claimIn(ScannedText text) {
        claim(text, URL, FindingKind.URL);
        claim(text, MAIL_ADDRESS, FindingKind.MAIL_ADDRESS);
        claim(text, WWW, FindingKind.URL);
    }

    private static void claim(ScannedText text, Pattern pattern, FindingKind kind) {
        for (MatchResult match : text.find(pattern)) {
            String address = withoutTrailingPunctuation(match.group());
            int end = match.start() + address.length();
            text.claim(match.start(), end, new WebAddress(kind, text.written(match.start(), end), address));
        }
    }

    /** A closing parenthesis belongs to the address only when the address opened it: /wiki/Kakehashi_(bridge). */
    private static String withoutTrailingPunctuation(String address) {
        int end = address.length();
        while (end > 0) {
            char last = address.charAt(end - 1);
            boolean unopened = last == ')' && count(address, '(', end) < count(address, ')', end);
            if (SENTENCE_PUNCTUATION.indexOf(last) < 0 && !unopened) {
                break;
            }
            end--;
        }
        return address.substring(0, end);
    }

    private static long count(String text, char c, int end) {
        return text.substring(0, end).chars().filter(each -> each == c).count();
    }
}
