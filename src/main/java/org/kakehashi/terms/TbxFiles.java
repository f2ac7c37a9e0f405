package org.kakehashi.terms;

import java.io.OutputStream;
import java.util.List;

/** The termbase's TBX files: written as TBX-Basic for TBX v3, read from TBX v3 or TBX v2 (TBX-Basic 2008). */
public final class TbxFiles {

    private TbxFiles() {
    }

    /**
     * Writes the concepts as a TBX-Basic file in UTF-8; the stream is left open. A concept's terms are written
     * language by language, as TBX groups them, in the order each language first comes in the concept.
     *
     * @param title the file's title, or null
     * @throws IllegalArgumentException for a concept without a term
     * @throws java.io.UncheckedIOException when the stream fails
     */
    public static void write(List<Concept> concepts, String title, OutputStream out) {
        TbxWriter.write(concepts, title, out);
    }

    /**
     * The concepts of a TBX file, in the file's order.
     *
     * @throws TermbaseFileException when the file is not readable XML, is not TBX, declares entities, or holds an
     *                               entry without a term or a language section in no language
     */
    public static List<Concept> read(byte[] file) {
        return TbxReader.read(file);
    }
}
