package org.kakehashi.directory;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class MailPreferenceConverter extends EnumNameConverter<MailPreference> {

    public MailPreferenceConverter() {
        super(MailPreference.class);
    }
}
