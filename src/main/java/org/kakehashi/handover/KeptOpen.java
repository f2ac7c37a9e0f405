package org.kakehashi.handover;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A ZIP entry's stream for writers that close what they write to: closing it leaves the ZIP open. */
final class KeptOpen extends FilterOutputStream {

    KeptOpen(OutputStream zip) {
        super(zip);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
