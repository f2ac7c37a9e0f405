package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class InterpretingModeConverter extends EnumNameConverter<InterpretingMode> {

    public InterpretingModeConverter() {
        super(InterpretingMode.class);
    }
}
