package org.kakehashi.language;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decodes a file whose encoding may be unknown. A byte order mark decides first; then strict UTF-8, because
 * statistical detection fails on short texts; then ICU's detector, limited to the Japanese encodings and UTF-16.
 * Every decoding is strict: a byte that does not decode is refused, never replaced.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    /** ICU's names of the encodings worth detecting, with the charsets they are decoded with. */
    private static final Map<String, Charset> DETECTABLE = Map.of(
            "Shift_JIS", WINDOWS_31J,
            "EUC-JP", Charset.forName("EUC-JP"),
            "ISO-2022-JP", Charset.forName("ISO-2022-JP"),
            "UTF-16BE", StandardCharsets.UTF_16BE,
            "UTF-16LE", StandardCharsets.UTF_16LE);
    /** When ICU is as confident of two, the legacy Japanese encodings come first. */
    private static final List<String> PREFERENCE =
            List.of("Shift_JIS", "EUC-JP", "ISO-2022-JP", "UTF-16BE", "UTF-16LE");

    /**
     * ICU gives any even-length input 10 for UTF-16 without a byte order mark and raises it only for code units in
     * the Latin range; at the baseline it is no evidence at all.
     */
    private static final int UTF_16_BASELINE_CONFIDENCE = 10;

    public DecodedText decode(byte[] bytes) {
        Optional<ByteOrderMark> mark = ByteOrderMark.at(bytes);
        if (mark.isPresent()) {
            return decodeAfter(mark.get(), bytes, DecodingBasis.BYTE_ORDER_MARK);
        }
        List<Attempt> failures = new ArrayList<>();
        int control = firstEscapeOrNul(bytes);
        if (control < 0) {
            Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8);
            if (utf8.succeeded()) {
                return new DecodedText(utf8.text(), StandardCharsets.UTF_8, DecodingBasis.VALID_UTF_8,
                        OptionalInt.empty(), false, bytes);
            }
            failures.add(utf8);
        } else {
            failures.add(new Attempt(StandardCharsets.UTF_8, null, control));
        }
        for (CharsetMatch match : detected(bytes)) {
            Charset charset = DETECTABLE.get(match.getName());
            Attempt attempt = Attempt.of(bytes, 0, charset);
            if (attempt.succeeded()) {
                return new DecodedText(attempt.text(), charset, DecodingBasis.DETECTED,
                        OptionalInt.of(match.getConfidence()), false, bytes);
            }
            failures.add(attempt);
        }
        throw refusal(failures);
    }

    /**
     * Decodes with the charset the requester declared, Shift_JIS read as windows-31j. A byte order mark of the
     * declared encoding is skipped; "UTF-16" takes its byte order from the mark.
     */
    public DecodedText decode(byte[] bytes, Charset declared) {
        Charset charset = declared.equals(SHIFT_JIS) ? WINDOWS_31J : declared;
        Optional<ByteOrderMark> mark = ByteOrderMark.at(bytes).filter(m -> m.belongsTo(charset));
        if (mark.isPresent()) {
            return decodeAfter(mark.get(), bytes, DecodingBasis.DECLARED);
        }
        Attempt attempt = Attempt.of(bytes, 0, charset);
        if (!attempt.succeeded()) {
            throw refusal(List.of(attempt));
        }
        return new DecodedText(attempt.text(), charset, DecodingBasis.DECLARED, OptionalInt.empty(), false, bytes);
    }

    private static DecodedText decodeAfter(ByteOrderMark mark, byte[] bytes, DecodingBasis basis) {
        Attempt attempt = Attempt.of(bytes, mark.length(), mark.charset());
        if (!attempt.succeeded()) {
            throw refusal(List.of(attempt));
        }
        return new DecodedText(attempt.text(), mark.charset(), basis, OptionalInt.empty(), true, bytes);
    }

    /**
     * ESC and NUL are valid UTF-8 but never found in UTF-8 text: they are ISO-2022-JP's escape sequences or the
     * zero bytes of UTF-16, and such a file is read as one of those or refused at that byte.
     */
    private static int firstEscapeOrNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0x1B || bytes[i] == 0x00) {
                return i;
            }
        }
        return -1;
    }

    /** ICU can only be limited to some encodings through an internal API, so its answers are filtered instead. */
    private static List<CharsetMatch> detected(byte[] bytes) {
        return Stream.of(new CharsetDetector().setText(bytes).detectAll())
                .filter(match -> DETECTABLE.containsKey(match.getName()))
                .filter(match -> match.getConfidence() > minimumConfidence(match.getName()))
                .sorted(Comparator.comparingInt(CharsetMatch::getConfidence).reversed()
                        .thenComparingInt(match -> PREFERENCE.indexOf(match.getName())))
                .toList();
    }

    private static int minimumConfidence(String charsetName) {
        return charsetName.startsWith("UTF-16") ? UTF_16_BASELINE_CONFIDENCE : 0;
    }

    /**
     * Names the attempt that got furthest: a file in a known encoding with one damaged byte fails at that byte,
     * while the wrong encodings fail near the start.
     */
    private static UndecodableTextException refusal(List<Attempt> failures) {
        Attempt furthest = failures.stream().max(Comparator.comparingInt(Attempt::failedAt)).orElseThrow();
        String tried = failures.stream()
                .map(failure -> failure.charset().name() + " fails at byte offset " + failure.failedAt())
                .collect(Collectors.joining("; "));
        return new UndecodableTextException(furthest.charset().name(), furthest.failedAt(),
                "undecodable text at byte offset " + furthest.failedAt() + " (" + tried + ")");
    }

    private record Attempt(Charset charset, String text, int failedAt) {

        static Attempt of(byte[] bytes, int from, Charset charset) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
            CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()));
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            return result.isUnderflow()
                    ? new Attempt(charset, out.flip().toString(), -1)
                    : new Attempt(charset, null, in.position());
        }

        boolean succeeded() {
            return text != null;
        }
    }
}
