package org.kakehashi.memory;

/** A source segment and its translation as the index holds them, found by its entry's id. */
record RememberedPair(String id, String sourceLanguage, String targetLanguage, String source, String target,
                      Provenance provenance) {

    String pair() {
        return pairOf(sourceLanguage, targetLanguage);
    }

    static String pairOf(String source, String target) {
        return source + ">" + target;
    }
}
