package org.kakehashi.document;

import org.kakehashi.language.TextDecoder;
import org.kakehashi.language.UndecodableTextException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a document's format from its bytes — the file name may lie — and refuses anything else, and anything
 * built to exhaust the server (see {@link PackageInspector}, {@link XmlGuard}).
 */
public final class DocumentDetector {

    private static final Pattern XLIFF = Pattern.compile("<xliff\\b[^>]*\\bversion\\s*=\\s*[\"'](2\\.|1\\.2)");
    private static final Pattern HTML = Pattern.compile("<(!doctype\\s+html|html)\\b", Pattern.CASE_INSENSITIVE);
    private static final int HEAD_CHARACTERS = 8192;

    public DocumentType detect(byte[] file) {
        if (startsWith(file, "%PDF-")) {
            return DocumentType.PDF;
        }
        if (isZip(file)) {
            return packaged(PackageInspector.inspect(file));
        }
        return textual(file);
    }

    private static DocumentType packaged(PackageInspector.Contents contents) {
        if (DocumentType.ODT.mediaType().equals(contents.odfMimetype())) {
            return DocumentType.ODT;
        }
        Set<String> parts = contents.parts();
        if (parts.contains("[Content_Types].xml")) {
            if (parts.contains("word/document.xml")) {
                return DocumentType.DOCX;
            }
            if (parts.contains("xl/workbook.xml")) {
                return DocumentType.XLSX;
            }
            if (parts.contains("ppt/presentation.xml")) {
                return DocumentType.PPTX;
            }
        }
        throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
    }

    private static DocumentType textual(byte[] file) {
        String text;
        try {
            text = new TextDecoder().decode(file).text();
        } catch (UndecodableTextException e) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        }
        String head = text.substring(0, Math.min(text.length(), HEAD_CHARACTERS)).strip();
        if (XLIFF.matcher(head).find()) {
            refuseDocumentType(XmlGuard.declaresDocumentType(head), "xliff");
            return DocumentType.XLIFF;
        }
        if (HTML.matcher(head).find()) {
            refuseDocumentType(XmlGuard.declaresEntities(head), "html");
            return DocumentType.HTML;
        }
        if (head.toLowerCase(Locale.ROOT).startsWith("<?xml")) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.UNKNOWN_FORMAT);
        }
        return DocumentType.TEXT;
    }

    private static void refuseDocumentType(boolean declared, String part) {
        if (declared) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.XML_DOCTYPE, part);
        }
    }

    private static boolean startsWith(byte[] file, String magic) {
        byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
        if (file.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (file[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZip(byte[] file) {
        try {
            return PackageInspector.isZip(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
