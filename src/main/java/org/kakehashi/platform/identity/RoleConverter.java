package org.kakehashi.platform.identity;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class RoleConverter extends EnumNameConverter<Role> {

    public RoleConverter() {
        super(Role.class);
    }
}
