package org.kakehashi.platform.problem;

import java.io.IOException;

/** A request body read past the server's limit: 413, naming the limit. */
public class BodyTooLargeException extends IOException {

    private final long limitInMebibytes;

    public BodyTooLargeException(long limitInMebibytes) {
        super("request body over the limit of " + limitInMebibytes + " MiB");
        this.limitInMebibytes = limitInMebibytes;
    }

    public long limitInMebibytes() {
        return limitInMebibytes;
    }
}
