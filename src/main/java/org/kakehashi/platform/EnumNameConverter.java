package org.kakehashi.platform;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum by its name in a plain character column. Unlike {@code @Enumerated(STRING)}, it makes Hibernate
 * generate no check constraint listing the values, which an automatic schema update never widens: a value added
 * to the enum later would otherwise be refused by existing databases.
 */
public abstract class EnumNameConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected EnumNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name();
    }

    @Override
    public E convertToEntityAttribute(String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
