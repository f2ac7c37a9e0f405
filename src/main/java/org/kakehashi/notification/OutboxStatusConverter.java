package org.kakehashi.notification;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class OutboxStatusConverter extends EnumNameConverter<OutboxMail.Status> {

    public OutboxStatusConverter() {
        super(OutboxMail.Status.class);
    }
}
