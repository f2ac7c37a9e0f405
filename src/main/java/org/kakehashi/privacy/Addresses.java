package org.kakehashi.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds Japanese addresses and postal codes. An address is a prefecture or a municipality (a name ending in 市, 区,
 * 町, 村 or 郡), a town name, and a block: 4丁目5番6号, 4丁目5-6, 123番地の4, 5番6号 or 4-5-6 (北海道苫小牧市旭町4丁目5番6号,
 * 札幌市中央区北1条西2丁目1番1号). A city named without a block (苫小牧市, 市役所13番窓口) is not an address. A postal
 * code is 123-4567 after 〒 or 郵便番号, or right before an address. Buildings and rooms after the block are not
 * part of the finding; nor is a word written right before the municipality without a break (住所 in 住所札幌市…
 * is cut off; other words are not).
 */
final class Addresses {

    private static final String PREFECTURE = "(?:北海道|東京都|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬"
            + "|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口"
            + "|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県)";
    /** Municipalities whose names are written in hiragana, which a name in kanji and katakana would not take in. */
    private static final String HIRAGANA_NAMES = "さいたま|つくばみらい|つくば|ひたちなか|いわき|かすみがうら|みどり|いすみ|あきる野"
            + "|うきは|みやま|えびの|いちき串木野|むつ|かほく|あわら|たつの|みよし|にかほ|つがる|おいらせ|さくら|かつらぎ|せたな|むかわ";
    private static final String MUNICIPALITY =
            "(?:" + HIRAGANA_NAMES + "|[\\p{IsHan}\\p{IsKatakana}ヶケ々ー]{1,5}?)[市区町村郡]";
    /** 旭町, 霞が関, 北1条西 — kana and kanji, and the numbers of Hokkaido's 条 and 線. */
    private static final String TOWN = "(?:[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ヶケ々ー]|\\d{1,3}(?=[条線]))"
            + "{0,14}?";
    private static final String NUMBER = "(?:\\d{1,4}|[一二三四五六七八九十]{1,3})";
    private static final String BLOCK = "(?:"
            + NUMBER + "丁目(?:\\s?" + NUMBER + "(?:番地?|-)\\s?(?:" + NUMBER + "号?)?)?"
            + "|" + NUMBER + "番地(?:の?" + NUMBER + "号?)?"
            + "|" + NUMBER + "番" + NUMBER + "号"
            + "|\\d{1,4}(?:-\\d{1,4}){1,3}"
            + ")(?![\\d-])";
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:" + PREFECTURE + "\\s?(?:" + MUNICIPALITY + "\\s?){0,3}|(?:" + MUNICIPALITY + "\\s?){1,3})"
                    + TOWN + BLOCK);
    private static final Pattern PREFECTURE_INSIDE = Pattern.compile(PREFECTURE);
    /** 住所, 現住所 or 所在地 taken in before the municipality: 住所札幌市…. */
    private static final Pattern LABEL_AT_START = Pattern.compile("^(?:現住所|住所地?|所在地|居所|本籍地?|送付先|連絡先|勤務先)");
    /** 2026-04-01 after a city is a date, not a block. */
    private static final Pattern DATE_AS_BLOCK = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}$");

    private static final Pattern LABELLED_POSTAL_CODE = Pattern.compile(
            "(?:〒|郵便番号|(?<![A-Za-z])(?:postal\\s*code|post\\s*code|zip(?:\\s*code)?))[\\s:]{0,3}"
                    + "(\\d{3}-?\\d{4})(?![\\d-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTAL_CODE_BEFORE_ADDRESS = Pattern.compile(
            "(?<![\\d-])(\\d{3}-\\d{4})(?![\\d-])(?=\\s{0,3}(?:" + PREFECTURE + "|" + MUNICIPALITY + "))");

    private Addresses() {
    }

    static List<PersonalDataFinding> in(FoldedText text) {
        List<PersonalDataFinding> found = new ArrayList<>();
        for (MatchResult match : text.find(ADDRESS)) {
            String address = match.group();
            if (DATE_AS_BLOCK.matcher(address).find()) {
                continue;
            }
            found.add(text.finding(PersonalDataKind.ADDRESS, match.start() + wordsBefore(address), match.end()));
        }
        for (Pattern postalCode : List.of(LABELLED_POSTAL_CODE, POSTAL_CODE_BEFORE_ADDRESS)) {
            for (MatchResult match : text.find(postalCode)) {
                found.add(text.finding(PersonalDataKind.POSTAL_CODE, match.start(1), match.end(1)));
            }
        }
        return found;
    }

    /** How many characters of the match stand before the address itself: a label, or up to its prefecture. */
    private static int wordsBefore(String address) {
        Matcher prefecture = PREFECTURE_INSIDE.matcher(address);
        if (prefecture.find() && prefecture.start() > 0) {
            return prefecture.start();
        }
        Matcher label = LABEL_AT_START.matcher(address);
        return label.find() ? label.end() : 0;
    }
}
