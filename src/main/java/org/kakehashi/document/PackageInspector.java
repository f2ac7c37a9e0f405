package org.kakehashi.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a ZIP package (Office Open XML, OpenDocument) entry by entry, counting what it really unpacks rather than
 * trusting the headers: too many entries, too many unpacked bytes, an entry that inflates far beyond its packed
 * size, or an XML part with a document type declaration (the door to external entities and entity expansion)
 * are refused as soon as they show, in bounded memory.
 */
final class PackageInspector {

    /** What a package holds that tells its format: its part names and the ODF mimetype. */
    record Contents(Set<String> parts, String odfMimetype) {
    }

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final int MAX_RATIO = 200;
    private static final int PROLOG_BYTES = 4096;

    private PackageInspector() {
    }

    static Contents inspect(byte[] zip) {
        Set<String> parts = new HashSet<>();
        String mimetype = null;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (parts.size() >= MAX_ENTRIES) {
                    throw new RefusedDocumentException(RefusedDocumentException.Reason.TOO_MANY_ENTRIES, MAX_ENTRIES);
                }
                parts.add(entry.getName());
                long entrySize = 0;
                byte[] prolog = new byte[PROLOG_BYTES];
                int prologLength = 0;
                for (int read = entries.read(buffer); read > 0; read = entries.read(buffer)) {
                    if (prologLength < PROLOG_BYTES) {
                        int take = Math.min(read, PROLOG_BYTES - prologLength);
                        System.arraycopy(buffer, 0, prolog, prologLength, take);
                        prologLength += take;
                    }
                    entrySize += read;
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new RefusedDocumentException(RefusedDocumentException.Reason.TOO_LARGE_UNPACKED,
                                MAX_UNPACKED_BYTES / (1024 * 1024));
                    }
                    if (entry.getCompressedSize() > 0 && entrySize > 1024 * 1024
                            && entrySize / entry.getCompressedSize() > MAX_RATIO) {
                        throw new RefusedDocumentException(RefusedDocumentException.Reason.SUSPICIOUS_COMPRESSION,
                                entry.getName());
                    }
                }
                String head = new String(prolog, 0, prologLength, StandardCharsets.UTF_8);
                if (isXml(entry.getName()) && XmlGuard.declaresDocumentType(head)) {
                    throw new RefusedDocumentException(RefusedDocumentException.Reason.XML_DOCTYPE, entry.getName());
                }
                if (entry.getName().equals("mimetype")) {
                    mimetype = head.strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RefusedDocumentException(RefusedDocumentException.Reason.BROKEN);
        }
        return new Contents(parts, mimetype);
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    static boolean isZip(InputStream in) throws IOException {
        byte[] magic = in.readNBytes(4);
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
