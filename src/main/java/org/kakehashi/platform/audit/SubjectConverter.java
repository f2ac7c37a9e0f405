package org.kakehashi.platform.audit;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class SubjectConverter extends EnumNameConverter<AdministrativeChange.Subject> {

    public SubjectConverter() {
        super(AdministrativeChange.Subject.class);
    }
}
