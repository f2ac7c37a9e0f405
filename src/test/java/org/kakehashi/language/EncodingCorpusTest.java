package org.kakehashi.language;

import com.ibm.icu.text.CharsetDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mozilla.universalchardet.UniversalDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short Japanese texts of a city office (two characters to two lines) encoded by GNU iconv, not by the project
 * ({@code fixtures/encoding-corpus/make-corpus.sh}): each file is read right without asking, or the person is
 * asked with the right text among the choices, and never read wrong without asking. bench/README.md keeps the
 * figures, beside those of ICU's and Mozilla's statistical detectors on the same files.
 */
class EncodingCorpusTest {

    private static final String CORPUS = "/fixtures/encoding-corpus/";

    record Sample(int line, String encoding, String text, byte[] bytes) {
    }

    enum Outcome { READ_RIGHT, ASKED, READ_WRONG, REFUSED }

    private static final List<Sample> SAMPLES = load();

    private static List<Sample> load() {
        List<String> texts = lines("texts.txt");
        return lines("corpus.tsv").stream().map(row -> row.split("\t")).map(column -> {
            int line = Integer.parseInt(column[0]);
            return new Sample(line, column[1], texts.get(line - 1).replace("\\n", "\n"),
                    HexFormat.of().parseHex(column[2]));
        }).toList();
    }

    private static List<String> lines(String name) {
        try (InputStream in = EncodingCorpusTest.class.getResourceAsStream(CORPUS + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome decoded(Sample sample) {
        try {
            DecodedText decoded = new TextDecoder().decode(sample.bytes());
            if (decoded.certain()) {
                return decoded.text().equals(sample.text()) ? Outcome.READ_RIGHT : Outcome.READ_WRONG;
            }
            return decoded.candidates().stream().anyMatch(c -> c.text().equals(sample.text()))
                    ? Outcome.ASKED : Outcome.READ_WRONG;
        } catch (UndecodableTextException e) {
            return Outcome.REFUSED;
        }
    }

    private static List<Sample> in(String encoding) {
        return SAMPLES.stream().filter(sample -> sample.encoding().equals(encoding)).toList();
    }

    @Test
    void noFileIsReadWrongWithoutAskingNorRefused() {
        assertThat(SAMPLES).hasSize(225);
        assertThat(SAMPLES).filteredOn(sample -> decoded(sample) == Outcome.READ_WRONG).isEmpty();
        assertThat(SAMPLES).filteredOn(sample -> decoded(sample) == Outcome.REFUSED).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} of {2} read right without asking, the rest asked")
    @CsvSource({
            "UTF-8,       39, 40",
            "UTF-16LE,    38, 40",
            "UTF-16BE,    38, 40",
            "windows-31j, 33, 38",
            "EUC-JP,      31, 37",
            "ISO-2022-JP, 30, 30"})
    void shortFilesAreMostlyReadWithoutAsking(String encoding, int right, int files) {
        List<Sample> samples = in(encoding);

        assertThat(samples).hasSize(files);
        assertThat(samples.stream().filter(sample -> decoded(sample) == Outcome.READ_RIGHT).count())
                .isGreaterThanOrEqualTo(right);
    }

    /**
     * Where the detectors are weak. In UTF-8, ICU's detector reads all 40 right, the decoder 39: it asks about
     * four half-width katakana, whose bytes are also six EUC-JP kanji.
     */
    @ParameterizedTest(name = "{0}: more read right than by ICU's or Mozilla's detector alone")
    @CsvSource({"UTF-16LE", "UTF-16BE", "windows-31j", "EUC-JP", "ISO-2022-JP"})
    void theDecoderReadsMoreShortFilesRightThanEitherStatisticalDetector(String encoding) {
        List<Sample> samples = in(encoding);
        long ours = samples.stream().filter(sample -> decoded(sample) == Outcome.READ_RIGHT).count();

        assertThat(ours).isGreaterThanOrEqualTo(count(samples, EncodingCorpusTest::icuReadsRight))
                .isGreaterThanOrEqualTo(count(samples, EncodingCorpusTest::mozillaReadsRight));
    }

    private static long count(List<Sample> samples, Predicate<Sample> right) {
        return samples.stream().filter(right).count();
    }

    private static boolean icuReadsRight(Sample sample) {
        return readsAs(sample, new CharsetDetector().setText(sample.bytes()).detect().getName());
    }

    private static boolean mozillaReadsRight(Sample sample) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample.bytes(), 0, sample.bytes().length);
        detector.dataEnd();
        return detector.getDetectedCharset() != null && readsAs(sample, detector.getDetectedCharset());
    }

    /** Whether a detector's answer decodes the file to its text; both detectors say Shift_JIS for windows-31j. */
    private static boolean readsAs(Sample sample, String charset) {
        try {
            Charset named = charset.equalsIgnoreCase("Shift_JIS") ? Charset.forName("windows-31j")
                    : Charset.forName(charset);
            return named.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample.bytes())).toString().equals(sample.text());
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return false;
        }
    }
}
