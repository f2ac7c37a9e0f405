package org.kakehashi.language;

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
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decodes a file whose encoding may be unknown, or says that it cannot tell. A byte order mark decides first.
 * Otherwise every candidate (UTF-8, the Japanese encodings, UTF-16 in either byte order) is tried by strict
 * decoding, and a candidate that fails is out; of the texts left, those that look like something a person wrote
 * ({@link TextAppearance}) stay. One left is the answer; several are returned as candidates for the person to
 * choose from, because a short text is often valid in two encodings and a confident wrong guess is mojibake that
 * nobody can translate. A byte that no candidate decodes is refused, never replaced.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    /**
     * In this order when two give the same text (ASCII is the same in the first four) or look equally plausible.
     * Shift_JIS is read as windows-31j, as Windows writes it: the NEC and IBM extensions (①, ㈱, 髙) decode.
     */
    private static final List<Charset> ASCII_COMPATIBLE = List.of(StandardCharsets.UTF_8, WINDOWS_31J, EUC_JP);

    private static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_8, WINDOWS_31J, EUC_JP,
            ISO_2022_JP, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    public DecodedText decode(byte[] bytes) {
        Optional<ByteOrderMark> mark = ByteOrderMark.at(bytes);
        if (mark.isPresent()) {
            return decodeAfter(mark.get(), bytes, DecodingBasis.BYTE_ORDER_MARK);
        }
        List<Attempt> failures = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        for (Charset charset : CANDIDATES) {
            Attempt attempt = Attempt.of(bytes, 0, charset);
            if (!attempt.succeeded()) {
                failures.add(attempt.beforeAnyControl(bytes));
                continue;
            }
            Reading reading = new Reading(charset, attempt.text(),
                    TextAppearance.of(attempt.text(), charset.equals(StandardCharsets.UTF_8)));
            if (reading.appearance().hasControl()) {
                failures.add(new Attempt(charset, null, reading.byteOffsetOfControl()));
            } else if (readings.stream().noneMatch(r -> r.text().equals(reading.text()))
                    && (!isUtf16(charset) || reading.appearance().clean())) {
                readings.add(reading);
            }
        }
        if (readings.isEmpty()) {
            throw refusal(failures);
        }
        List<Reading> plausible = readings.stream().filter(r -> r.appearance().clean()).toList();
        List<Reading> ranked = (plausible.isEmpty() ? readings : plausible).stream()
                .sorted(Comparator.comparingInt((Reading r) -> r.appearance().doubts())
                        .thenComparing(Comparator.comparingDouble((Reading r) -> r.appearance().score()).reversed()))
                .toList();
        Reading likeliest = ranked.get(0);
        boolean certain = plausible.size() == 1 || plausible.size() > 1 && standsOut(likeliest, ranked);
        DecodingBasis basis = certain && likeliest.charset().equals(StandardCharsets.UTF_8)
                ? DecodingBasis.VALID_UTF_8 : DecodingBasis.DETECTED;
        return new DecodedText(basis, certain, ranked.stream().map(Reading::candidate).toList(), false, bytes);
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
        return new DecodedText(DecodingBasis.DECLARED, true, List.of(new EncodingCandidate(charset, attempt.text())),
                false, bytes);
    }

    private static DecodedText decodeAfter(ByteOrderMark mark, byte[] bytes, DecodingBasis basis) {
        Attempt attempt = Attempt.of(bytes, mark.length(), mark.charset());
        if (!attempt.succeeded()) {
            throw refusal(List.of(attempt));
        }
        return new DecodedText(basis, true, List.of(new EncodingCandidate(mark.charset(), attempt.text())), true,
                bytes);
    }

    /**
     * Among several plausible readings, the likeliest is taken without asking only when it has kana and each other
     * is not Japanese prose: no kana, and at most half its evidence per character. Kanji alone decide nothing
     * (half-width katakana in EUC-JP read as Shift_JIS are first-level kanji), nor does a reading as plain ASCII.
     */
    private static boolean standsOut(Reading likeliest, List<Reading> ranked) {
        TextAppearance best = likeliest.appearance();
        return best.kana() > 0 && ranked.stream().skip(1).map(Reading::appearance)
                .allMatch(other -> other.kana() == 0 && !other.ascii() && other.score() <= best.score() / 2);
    }

    private static boolean isUtf16(Charset charset) {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
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

    private record Reading(Charset charset, String text, TextAppearance appearance) {

        EncodingCandidate candidate() {
            return new EncodingCandidate(charset, text);
        }

        /** Where the control character that rules this reading out stands in the file. */
        int byteOffsetOfControl() {
            return text.substring(0, appearance.control()).getBytes(charset).length;
        }
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

        /**
         * In an encoding that keeps ASCII as it is, a control byte is a control character, and the attempt that
         * failed later really failed there: a damaged ISO-2022-JP file is not UTF-8 that breaks at the same byte.
         */
        Attempt beforeAnyControl(byte[] bytes) {
            if (!ASCII_COMPATIBLE.contains(charset)) {
                return this;
            }
            for (int i = 0; i < failedAt; i++) {
                int b = bytes[i] & 0xFF;
                if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                    return new Attempt(charset, null, i);
                }
            }
            return this;
        }
    }
}
