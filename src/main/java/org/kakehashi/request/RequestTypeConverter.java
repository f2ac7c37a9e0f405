package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class RequestTypeConverter extends EnumNameConverter<RequestType> {

    public RequestTypeConverter() {
        super(RequestType.class);
    }
}
