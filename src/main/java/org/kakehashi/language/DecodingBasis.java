package org.kakehashi.language;

/** Why a text was decoded with the charset it was. */
public enum DecodingBasis {
    /** A byte order mark at the start settled it. */
    BYTE_ORDER_MARK,
    /** The file is valid UTF-8 and no other reading looks as plausible. */
    VALID_UTF_8,
    /** Strict decoding and the decoded text's appearance chose it among the Japanese encodings and UTF-16. */
    DETECTED,
    /** The requester said which encoding it is. */
    DECLARED
}
