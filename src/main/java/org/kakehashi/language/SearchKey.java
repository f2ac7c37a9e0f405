package org.kakehashi.language;

import com.ibm.icu.text.Normalizer2;

/**
 * A text folded for searching and comparing: ICU's NFKC_Casefold, so Ｑ１ and q1 match and half-width ｶﾞｲﾄﾞ matches
 * ガイド. NFKC also turns ① into 1 and ㈱ into (株), which is why only keys are folded and never the text a
 * person wrote.
 */
public final class SearchKey {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private final String value;

    private SearchKey(String value) {
        this.value = value;
    }

    public static SearchKey of(String text) {
        return new SearchKey(NFKC_CASEFOLD.normalize(text));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchKey other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
