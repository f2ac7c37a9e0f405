package org.kakehashi.citizen;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.kakehashi.document.DocumentType;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The photo or scan of a letter a resident received, as the public form takes it: a PDF, JPEG or PNG file, told
 * apart by its content and never by its name, that opens as what it claims to be. A PDF is refused when it is
 * encrypted or runs scripts, an image when its size in pixels would take more memory to show than any letter
 * needs (a small file can claim a huge picture).
 */
final class LetterScan {

    /** 50 megapixels: an A4 page scanned at 600 dpi in colour is 35. */
    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_PAGES = 50;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private LetterScan() {
    }

    /** @throws CitizenProblem on {@code letter} for any other file, or one that does not open as its kind */
    static DocumentType check(byte[] file) {
        if (startsWith(file, PDF)) {
            checkPdf(file);
            return DocumentType.PDF;
        }
        if (startsWith(file, JPEG)) {
            checkImage(file);
            return DocumentType.JPEG;
        }
        if (startsWith(file, PNG)) {
            checkImage(file);
            return DocumentType.PNG;
        }
        throw CitizenProblem.letterType();
    }

    private static void checkPdf(byte[] file) {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            if (pdf.isEncrypted() || pdf.getNumberOfPages() == 0 || pdf.getNumberOfPages() > MAX_PAGES
                    || runsScripts(pdf)) {
                throw CitizenProblem.letterRefused();
            }
        } catch (IOException unreadable) {
            throw CitizenProblem.letterRefused();
        }
    }

    /** A document-level script, or one run when the document opens. */
    private static boolean runsScripts(PDDocument pdf) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        return (catalog.getNames() != null && catalog.getNames().getJavaScript() != null)
                || catalog.getOpenAction() instanceof PDActionJavaScript;
    }

    /** Reads the image's header only: its size in pixels, never its pixels. */
    private static void checkImage(byte[] file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw CitizenProblem.letterRefused();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw CitizenProblem.letterRefused();
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException unreadable) {
            throw CitizenProblem.letterRefused();
        }
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        return file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length);
    }
}
