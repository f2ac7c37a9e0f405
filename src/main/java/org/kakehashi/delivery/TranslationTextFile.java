package org.kakehashi.delivery;

import org.kakehashi.document.DocumentFileName;
import org.kakehashi.document.StoredDocument;
import org.kakehashi.language.TextEncoder;
import org.kakehashi.language.UnmappableCharactersException;
import org.kakehashi.request.Job;
import org.kakehashi.request.Request;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A translation delivered as a text file goes back in the encoding of the requester's own text file, so that the
 * system that made a Shift_JIS or EUC-JP file reads its translation too; in UTF-8 when there was none, or when
 * that encoding cannot carry the translation (Vietnamese in Shift_JIS). UTF-16 starts with a byte order mark,
 * without which no program knows its byte order.
 */
final class TranslationTextFile {

    private TranslationTextFile() {
    }

    static StoredDocument of(Request request, Job job, Instant at) {
        String translation = job.translation();
        Charset source = Optional.ofNullable(request.brief().sourceDocument()).flatMap(StoredDocument::charset)
                .orElse(StandardCharsets.UTF_8);
        Charset charset = source;
        byte[] bytes;
        try {
            bytes = new TextEncoder().encode(translation, source);
        } catch (UnmappableCharactersException e) {
            charset = StandardCharsets.UTF_8;
            bytes = translation.getBytes(StandardCharsets.UTF_8);
        }
        return StoredDocument.text(new DocumentFileName("翻訳_" + request.number().value() + "_"
                + job.targetLanguage().value() + ".txt"), withByteOrderMark(bytes, charset), charset, at);
    }

    private static byte[] withByteOrderMark(byte[] bytes, Charset charset) {
        byte[] mark = charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : charset.equals(StandardCharsets.UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream(mark.length + bytes.length);
        out.writeBytes(mark);
        out.writeBytes(bytes);
        return out.toByteArray();
    }
}
