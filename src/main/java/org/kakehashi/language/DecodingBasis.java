package org.kakehashi.language;

/** Why a text was decoded with the charset it was. */
public enum DecodingBasis {
    BYTE_ORDER_MARK,
    VALID_UTF_8,
    DETECTED,
    DECLARED
}
