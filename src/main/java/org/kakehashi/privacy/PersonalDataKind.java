package org.kakehashi.privacy;

/**
 * The kinds of personal data the scanner finds. Declared in the order in which one wins over another where two
 * findings would overlap: a My Number is never also reported as a phone number, a date of birth never as an address.
 */
public enum PersonalDataKind {
    /** user@example.jp. */
    MAIL_ADDRESS,
    /** 在留カード番号: two letters, eight digits, two letters (AB12345678CD). */
    RESIDENCE_CARD_NUMBER,
    /** 個人番号: twelve digits ending in their check digit, plain or in groups of four. */
    MY_NUMBER,
    /** The date after 生年月日, 誕生日, born, DOB, or before 生まれ: 昭和60年4月1日, 1985/4/1, 1 April 1985. */
    DATE_OF_BIRTH,
    /** The seven digits after 口座番号 or 普通/当座, and the three of a branch after 支店番号 or 店番. */
    BANK_ACCOUNT,
    /** The digits after 被保険者番号, 保険者番号 or 記号・番号 (and those after 記号 and 番号 written apart). */
    HEALTH_INSURANCE_NUMBER,
    /** 123-4567 after 〒 or 郵便番号, or right before an address. */
    POSTAL_CODE,
    /** A prefecture or a 市/区/町/村/郡 followed by a town and its 丁目, 番地, 番 and 号 (or 4-5-6). */
    ADDRESS,
    /** A Japanese number (03-1234-5678, 090-1234-5678, 0120-123-456) or an international one (+64 6 835 7579). */
    PHONE_NUMBER
}
