package org.kakehashi.language.easy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.kakehashi.language.easy.EasyJapaneseRule.DOUBLE_NEGATIVE;
import static org.kakehashi.language.easy.EasyJapaneseRule.HONORIFIC;
import static org.kakehashi.language.easy.EasyJapaneseRule.KANJI_COUNT;
import static org.kakehashi.language.easy.EasyJapaneseRule.LOANWORD;
import static org.kakehashi.language.easy.EasyJapaneseRule.PASSIVE_OR_CAUSATIVE;
import static org.kakehashi.language.easy.EasyJapaneseRule.PLAIN_ENDING;
import static org.kakehashi.language.easy.EasyJapaneseRule.SENTENCE_LENGTH;
import static org.kakehashi.language.easy.EasyJapaneseRule.UNCOMMON_WORD;

/**
 * Each expected finding is decided by hand from the sentence: offsets are counted character by character in the
 * comments (the index under each character), never copied from the check's output.
 */
class EasyJapaneseCheckTest {

    private static EasyJapaneseFinding at(EasyJapaneseRule rule, int sentence, int start, int end, String found) {
        return new EasyJapaneseFinding(rule, sentence, start, end, found, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ごみは朝8時までに出してください。",
            "市役所は土曜日と日曜日は休みです。",
            // ない and こと・は, but no second negation after them
            "わからないことは、窓口で聞いてください。",
            "地震のときは、机の下に入ってください。",
            // コンビニ is an everyday katakana word
            "税金は銀行やコンビニで払うことができます。",
            "バスで市役所に行きます。",
            // なければならない is not a double negative
            "税金は4月までに払わなければなりません。",
            // the everyday phrase お願いします is not a humble form to flag
            "よろしくお願いします。",
            // no full stop: a line that ends in ください is polite all the same
            "予約は電話でしてください",
            // a heading: ends in a noun, without a full stop
            "ごみの出し方",
            "ごみの日は毎週火曜日と金曜日です。",
            "わかりやすく書きます",
            // ござい after ありがとう is the everyday phrase
            "ありがとうございました。",
            // トヨタ is a company's name, no loanword to replace
            "トヨタの車を買いました。",
            // half-width ｺﾞﾐ is the listed ゴミ
            "ｺﾞﾐを出します。",
            // お茶 is a thing, not a verb made honorific: this ください asks for it
            "お茶ください。",
            // お知らせ as a noun, without する, is no humble form
            "市からのお知らせです。",
    })
    void plainJapaneseOfCityNoticesHasNoFindings(String sentence) {
        assertThat(EasyJapaneseCheck.check(sentence)).isEmpty();
    }

    @Test
    void aSentenceOfMoreThanThirtyCharactersIsTooLong() {
        // ご1 み2 は3 、4 月5 曜6 日7 と8 木9 曜10 日11 の12 8 13 時14 ま15 で16 に17 、18 家19 の20
        // 近21 く22 の23 決24 ま25 っ26 た27 場28 所29 に30 出31 し32 て33 く34 だ35 さ36 い37 。38
        // kanji: 月曜日 木曜日 時 家 近 決 場所 出 = 13, the most allowed
        String text = "ごみは、月曜日と木曜日の8時までに、家の近くの決まった場所に出してください。";

        assertThat(EasyJapaneseCheck.check(text))
                .containsExactly(new EasyJapaneseFinding(SENTENCE_LENGTH, 0, 0, 38, text, 38));
    }

    @Test
    void aReadingInBracketsAfterAKanjiIsNotCounted() {
        // without （じゅうみんぜい） (9 characters): 住 民 税 は 、 6 月 か ら 毎 月 、 銀 行 や コ ン ビ ニ で
        // 払 う こ と が で き ま す 。 = 30 characters, the most allowed; its kana are no words to look up either
        String text = "住民税（じゅうみんぜい）は、6月から毎月、銀行やコンビニで払うことができます。";

        assertThat(EasyJapaneseCheck.check(text)).isEmpty();
    }

    @Test
    void aSentenceOfMoreThanThirteenKanjiHasTooManyKanji() {
        // 市役所 (3) 国民健康保険 (6) 受付 (2) 月曜日 (3) 金曜日 (3) = 17 kanji in 25 characters
        String text = "市役所の国民健康保険の受付は月曜日から金曜日です。";

        assertThat(EasyJapaneseCheck.check(text))
                .containsExactly(new EasyJapaneseFinding(KANJI_COUNT, 0, 0, 25, text, 17));
    }

    @Test
    void aSentenceInPlainFormIsFlaggedFromItsLastWord() {
        // 明0 日1 は2 雨3 だ4 。5
        assertThat(EasyJapaneseCheck.check("明日は雨だ。")).containsExactly(at(PLAIN_ENDING, 0, 3, 5, "雨だ"));
        // ご0 み1 を2 出3 す4 。5
        assertThat(EasyJapaneseCheck.check("ごみを出す。")).containsExactly(at(PLAIN_ENDING, 0, 3, 5, "出す"));
        // こ0 の1 道2 は3 危4 な5 い6 。7
        assertThat(EasyJapaneseCheck.check("この道は危ない。")).containsExactly(at(PLAIN_ENDING, 0, 4, 7, "危ない"));
        // 行0 く1 か2 。3 : the question particle is passed over
        assertThat(EasyJapaneseCheck.check("行くか。")).containsExactly(at(PLAIN_ENDING, 0, 0, 2, "行く"));
    }

    @Test
    void aSentenceInDeAruIsFlagged() {
        // こ0 れ1 は2 大3 切4 な5 こ6 と7 で8 あ9 る10 。11
        assertThat(EasyJapaneseCheck.check("これは大切なことである。"))
                .containsExactly(at(PLAIN_ENDING, 0, 6, 11, "ことである"));
    }

    @Test
    void aSentenceCutShortAfterAParticleIsFlaggedOnlyWithAFullStop() {
        // 受0 付1 は2 9 3 時4 か5 ら6 。7
        assertThat(EasyJapaneseCheck.check("受付は9時から。")).containsExactly(at(PLAIN_ENDING, 0, 5, 7, "から"));
        assertThat(EasyJapaneseCheck.check("受付は9時から")).isEmpty();
    }

    @Test
    void doubleNegativesAreFlaggedFromTheFirstNegation() {
        // こ0 の1 部2 屋3 は4 使5 え6 な7 い8 こ9 と10 は11 な12 い13 で14 す15 。16
        assertThat(EasyJapaneseCheck.check("この部屋は使えないことはないです。"))
                .containsExactly(at(DOUBLE_NEGATIVE, 0, 7, 14, "ないことはない"));
        // 日0 曜1 日2 も3 行4 け5 な6 く7 は8 あ9 り10 ま11 せ12 ん13 。14
        assertThat(EasyJapaneseCheck.check("日曜日も行けなくはありません。"))
                .containsExactly(at(DOUBLE_NEGATIVE, 0, 6, 14, "なくはありません"));
        // カ0 ー1 ド2 が3 使4 え5 な6 い7 わ8 け9 で10 は11 あ12 り13 ま14 せ15 ん16 。17
        assertThat(EasyJapaneseCheck.check("カードが使えないわけではありません。"))
                .containsExactly(at(DOUBLE_NEGATIVE, 0, 6, 17, "ないわけではありません"));
    }

    @Test
    void passivesAndCausativesAreFlaggedFromTheirVerb() {
        // ご0 み1 は2 、3 決4 め5 ら6 れ7 た8 日9 に10 出11 し12 て13 く14 だ15 さ16 い17 。18
        assertThat(EasyJapaneseCheck.check("ごみは、決められた日に出してください。"))
                .containsExactly(at(PASSIVE_OR_CAUSATIVE, 0, 4, 8, "決められ"));
        // 子0 ど1 も2 に3 野4 菜5 を6 食7 べ8 さ9 せ10 ら11 れ12 ま13 し14 た15 。16
        assertThat(EasyJapaneseCheck.check("子どもに野菜を食べさせられました。"))
                .containsExactly(at(PASSIVE_OR_CAUSATIVE, 0, 7, 13, "食べさせられ"));
    }

    @Test
    void aPassiveOfANounOfActionBreaksThreeRules() {
        // 書0 類1 は2 市3 役4 所5 で6 提7 出8 さ9 れ10 る11 。12
        assertThat(EasyJapaneseCheck.check("書類は市役所で提出される。")).containsExactly(
                at(PASSIVE_OR_CAUSATIVE, 0, 7, 12, "提出される"),
                at(UNCOMMON_WORD, 0, 7, 9, "提出"),
                at(PLAIN_ENDING, 0, 9, 12, "される"));
    }

    @Test
    void honorificAndHumbleVerbsAreFlagged() {
        // 先0 生1 が2 い3 ら4 っ5 し6 ゃ7 い8 ま9 す10 。11
        assertThat(EasyJapaneseCheck.check("先生がいらっしゃいます。"))
                .containsExactly(at(HONORIFIC, 0, 3, 9, "いらっしゃい"));
        // ご0 飯1 を2 召3 し4 上5 が6 っ7 て8 く9 だ10 さ11 い12 。13
        assertThat(EasyJapaneseCheck.check("ご飯を召し上がってください。"))
                .containsExactly(at(HONORIFIC, 0, 3, 8, "召し上がっ"));
        // 市0 長1 が2 申3 し4 上5 げ6 ま7 す8 。9
        assertThat(EasyJapaneseCheck.check("市長が申し上げます。"))
                .containsExactly(at(HONORIFIC, 0, 3, 7, "申し上げ"));
        // こ0 ち1 ら2 が3 窓4 口5 で6 ご7 ざ8 い9 ま10 す11 。12
        assertThat(EasyJapaneseCheck.check("こちらが窓口でございます。"))
                .containsExactly(at(HONORIFIC, 0, 7, 10, "ござい"));
    }

    @Test
    void honorificAndHumbleFormsWithOAndGoAreFlaggedWhole() {
        // ご0 利1 用2 に3 な4 れ5 ま6 す7 。8
        assertThat(EasyJapaneseCheck.check("ご利用になれます。"))
                .containsExactly(at(HONORIFIC, 0, 0, 6, "ご利用になれ"));
        // 窓0 口1 で2 お3 待4 ち5 く6 だ7 さ8 い9 。10
        assertThat(EasyJapaneseCheck.check("窓口でお待ちください。"))
                .containsExactly(at(HONORIFIC, 0, 3, 10, "お待ちください"));
        // 書0 類1 を2 お3 送4 り5 し6 ま7 す8 。9
        assertThat(EasyJapaneseCheck.check("書類をお送りします。"))
                .containsExactly(at(HONORIFIC, 0, 3, 7, "お送りし"));
        // ご0 案1 内2 い3 た4 し5 ま6 す7 。8
        assertThat(EasyJapaneseCheck.check("ご案内いたします。"))
                .containsExactly(at(HONORIFIC, 0, 0, 6, "ご案内いたし"));
        // よ0 ろ1 し2 く3 お4 願5 い6 い7 た8 し9 ま10 す11 。12 : humble いたす, unlike お願いします
        assertThat(EasyJapaneseCheck.check("よろしくお願いいたします。"))
                .containsExactly(at(HONORIFIC, 0, 4, 10, "お願いいたし"));
    }

    @Test
    void teOrimasuIsFlaggedFromItsTe() {
        // 窓0 口1 で2 受3 け4 付5 け6 て7 お8 り9 ま10 す11 。12
        assertThat(EasyJapaneseCheck.check("窓口で受け付けております。"))
                .containsExactly(at(HONORIFIC, 0, 7, 10, "ており"));
        // お0 待1 ち2 し3 て4 お5 り6 ま7 す8 。9 : two humble forms, one after the other
        assertThat(EasyJapaneseCheck.check("お待ちしております。"))
                .containsExactly(at(HONORIFIC, 0, 0, 4, "お待ちし"), at(HONORIFIC, 0, 4, 7, "ており"));
    }

    @Test
    void aWordInsideAnHonorificFormIsNotAlsoAnUncommonWord() {
        // ご0 み1 の2 分3 別4 に5 ご6 協7 力8 く9 だ10 さ11 い12 。13 : 分別 is no everyday word, 協力 is inside
        // the honorific request
        assertThat(EasyJapaneseCheck.check("ごみの分別にご協力ください。")).containsExactly(
                at(UNCOMMON_WORD, 0, 3, 5, "分別"),
                at(HONORIFIC, 0, 6, 13, "ご協力ください"));
    }

    @Test
    void katakanaWordsOutsideTheEverydayWordsAreLoanwords() {
        // ス0 マ1 ー2 ト3 フ4 ォ5 ン6 で7 写8 真9 を10 ア11 ッ12 プ13 ロ14 ー15 ド16 し17 ま18 す19 。20
        assertThat(EasyJapaneseCheck.check("スマートフォンで写真をアップロードします。")).containsExactly(
                at(LOANWORD, 0, 0, 7, "スマートフォン"),
                at(LOANWORD, 0, 11, 17, "アップロード"));
        // パ0 ソ1 コ2 ン3 ・4 ス5 マ6 ホ7 で8 見9 ま10 す11 。12 : the middle dot parts two words
        assertThat(EasyJapaneseCheck.check("パソコン・スマホで見ます。")).containsExactly(
                at(LOANWORD, 0, 0, 4, "パソコン"),
                at(LOANWORD, 0, 5, 8, "スマホ"));
    }

    @Test
    void nounsAndVerbsOutsideTheEverydayWordsAreFlagged() {
        // 申0 請1 書2 を3 提4 出5 し6 て7 く8 だ9 さ10 い11 。12 : 書 is a suffix, not looked up
        assertThat(EasyJapaneseCheck.check("申請書を提出してください。")).containsExactly(
                at(UNCOMMON_WORD, 0, 0, 2, "申請"),
                at(UNCOMMON_WORD, 0, 4, 6, "提出"));
        // 必0 要1 な2 書3 類4 を5 持6 参7 し8 て9 く10 だ11 さ12 い13 。14
        assertThat(EasyJapaneseCheck.check("必要な書類を持参してください。"))
                .containsExactly(at(UNCOMMON_WORD, 0, 6, 8, "持参"));
        // 転0 入1 届2 は3 、4 引5 っ6 越7 し8 て9 か10 ら11 1 12 4 13 日14 以15 内16 に17 出18 し19 て20
        // く21 だ22 さ23 い24 。25 : 引っ越し is the listed verb 引っ越す; 以内 is a dependent noun
        assertThat(EasyJapaneseCheck.check("転入届は、引っ越してから14日以内に出してください。"))
                .containsExactly(at(UNCOMMON_WORD, 0, 0, 2, "転入"));
    }

    @Test
    void findingsArePlacedInTheWholeText() {
        // 明0 日1 は2 雨3 で4 す5 。6 \n7 ご8 み9 を10 出11 す12 。13
        assertThat(EasyJapaneseCheck.check("明日は雨です。\nごみを出す。"))
                .containsExactly(at(PLAIN_ENDING, 1, 11, 13, "出す"));
        // two sentences on one line: ご0 み1 を2 出3 す4 。5 明6 ...
        assertThat(EasyJapaneseCheck.check("ごみを出す。明日は雨です。"))
                .containsExactly(at(PLAIN_ENDING, 0, 3, 5, "出す"));
    }

    @Test
    void blankLinesAreNoSentences() {
        // 明0 日1 は2 雨3 で4 す5 。6 \n7 \n8 space9 space10 \n11 ご12 み13 を14 出15 す16 。17
        assertThat(EasyJapaneseCheck.check("明日は雨です。\n\n  \nごみを出す。"))
                .containsExactly(at(PLAIN_ENDING, 1, 15, 17, "出す"));
    }

    @Test
    void marksAfterAStopBelongToItsSentenceAndCrLfIsOneBreak() {
        // 行0 く1 か2 ？3 ！4 明5 日6 は7 雨8 だ9 。10 : ？！ ends sentence 0, 明日は雨だ。 is sentence 1
        assertThat(EasyJapaneseCheck.check("行くか？！明日は雨だ。"))
                .containsExactly(at(PLAIN_ENDING, 0, 0, 2, "行く"), at(PLAIN_ENDING, 1, 8, 10, "雨だ"));
        // ご0 み1 を2 出3 す4 。5 \r6 \n7 明8 日9 は10 雨11 だ12 : no full stop, but だ is a plain predicate
        assertThat(EasyJapaneseCheck.check("ごみを出す。\r\n明日は雨だ"))
                .containsExactly(at(PLAIN_ENDING, 0, 3, 5, "出す"), at(PLAIN_ENDING, 1, 11, 13, "雨だ"));
    }

    @Test
    void aQuestionMarkInsideAnAddressDoesNotEndTheSentence() {
        // 詳しくは (4) https://x.jp/?a=1 (17) を見てください。 (8) = 29 characters; cut after ?, its first half
        // would end in the noun jp with a full stop
        assertThat(EasyJapaneseCheck.check("詳しくはhttps://x.jp/?a=1を見てください。")).isEmpty();
    }

    @Test
    void aFullStopInsideAQuotationDoesNotEndTheSentence() {
        assertThat(EasyJapaneseCheck.check("「ごみを出す。」と書いてあります。")).isEmpty();
    }

    @Test
    void aBlankTextHasNoFindingsAndNullIsRefused() {
        assertThat(EasyJapaneseCheck.check("")).isEmpty();
        assertThat(EasyJapaneseCheck.check(" \n　\n")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> EasyJapaneseCheck.check(null));
    }

    @Test
    void theEverydayWordsAreAListOfSomeHundreds() {
        EverydayWords words = EverydayWords.load();

        assertThat(words.size()).isGreaterThan(300);
        assertThat(words.contains("市役所")).isTrue();
        assertThat(words.contains("出す")).isTrue();
        assertThat(words.contains("申請")).as("rewritten as 申し込み in やさしい日本語").isFalse();
    }

    @Test
    void everyRuleHasItsOwnKey() {
        assertThat(java.util.Arrays.stream(EasyJapaneseRule.values()).map(EasyJapaneseRule::key).distinct())
                .hasSize(EasyJapaneseRule.values().length);
    }
}
