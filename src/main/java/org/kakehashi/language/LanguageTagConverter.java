package org.kakehashi.language;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link LanguageTag} as its canonical BCP 47 text. */
@Converter(autoApply = true)
public class LanguageTagConverter implements AttributeConverter<LanguageTag, String> {

    @Override
    public String convertToDatabaseColumn(LanguageTag tag) {
        return tag == null ? null : tag.value();
    }

    @Override
    public LanguageTag convertToEntityAttribute(String value) {
        return value == null ? null : LanguageTag.of(value);
    }
}
