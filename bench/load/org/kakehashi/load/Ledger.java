package org.kakehashi.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What each submission was answered, one line per attempt ({@code millis node key status number}: when it was
 * answered, which server of the list answered it, …), flushed at once: the fault harnesses compare it with the
 * database after the fault. Status 0 means no answer (connection refused or cut).
 */
final class Ledger implements AutoCloseable {

    private final PrintWriter out;

    private Ledger(PrintWriter out) {
        this.out = out;
    }

    static Ledger at(Path file) {
        try {
            return new Ledger(new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Ledger none() {
        return new Ledger(null);
    }

    synchronized void record(int node, String key, int status, String number) {
        if (out != null) {
            out.println(System.currentTimeMillis() + " " + node + " " + key + " " + status + " "
                    + (number == null ? "-" : number));
            out.flush();
        }
    }

    @Override
    public void close() {
        if (out != null) {
            out.close();
        }
    }
}
