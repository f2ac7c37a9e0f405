package org.kakehashi.language;

import java.util.List;

/**
 * How a text file's encoding was settled, for the person who sent it: when {@code certain} is false, the form
 * shows each candidate's first line and asks which is their file.
 */
public record EncodingReport(String charset, DecodingBasis basis, boolean certain, List<Candidate> candidates) {

    public record Candidate(String charset, String firstLine) {
    }

    public static EncodingReport of(DecodedText decoded) {
        return new EncodingReport(decoded.charset().name(), decoded.basis(), decoded.certain(),
                decoded.candidates().stream()
                        .map(candidate -> new Candidate(candidate.charset().name(), candidate.firstLine()))
                        .toList());
    }
}
