package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class PurposeConverter extends EnumNameConverter<Purpose> {

    public PurposeConverter() {
        super(Purpose.class);
    }
}
