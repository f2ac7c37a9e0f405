package org.kakehashi.privacy;

import java.util.regex.Pattern;

/**
 * Labels that say a number is something other than personal data: 請求書番号 0312345678 is an invoice, 注文番号
 * 123456789018 an order, whatever its digits would pass for. Read right before a phone number, a My Number or a
 * residence card number.
 */
final class OtherNumberLabels {

    private static final int WINDOW = 16;
    private static final Pattern LABEL_RIGHT_BEFORE = Pattern.compile(
            "(?:(?:請求書?|注文|受付|管理|伝票|整理|申請|発注|契約|案件|文書|登録|会員|顧客|お客様|追跡|予約|商品|製品|品|型|部品|"
                    + "問い?合わ?せ|お問い?合わ?せ|見積書?|納品書?|領収書?|シリアル|ロット)(?:番号|No\\.?|ID|コード)"
                    + "|(?:invoice|order|reference|ref\\.?|tracking|request|case|serial|item|product|part|lot)"
                    + "\\s*(?:no\\.?|number|#|id)|isbn(?:-1[03])?|issn|jan|ean|upc)"
                    + "[\\s:#.はがを]{0,3}$",
            Pattern.CASE_INSENSITIVE);

    private OtherNumberLabels() {
    }

    static boolean standBefore(FoldedText text, int start) {
        return LABEL_RIGHT_BEFORE.matcher(text.before(start, WINDOW)).find();
    }
}
