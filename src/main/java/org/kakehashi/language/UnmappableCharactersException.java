package org.kakehashi.language;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

/** A text that cannot be delivered in the requested encoding without losing or changing characters. */
public class UnmappableCharactersException extends IllegalArgumentException {

    private final Charset charset;
    private final List<UnmappableCharacter> characters;

    UnmappableCharactersException(Charset charset, List<UnmappableCharacter> characters) {
        super("cannot be written in " + charset.name() + " without changing it: "
                + characters.stream().map(UnmappableCharacter::toString).collect(Collectors.joining(", ")));
        this.charset = charset;
        this.characters = List.copyOf(characters);
    }

    public Charset charset() {
        return charset;
    }

    public List<UnmappableCharacter> characters() {
        return characters;
    }
}
