package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class RequestStatusConverter extends EnumNameConverter<RequestStatus> {

    public RequestStatusConverter() {
        super(RequestStatus.class);
    }
}
