package org.kakehashi.platform.outbox;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class SendingStatusConverter extends EnumNameConverter<Sending.Status> {

    public SendingStatusConverter() {
        super(Sending.Status.class);
    }
}
