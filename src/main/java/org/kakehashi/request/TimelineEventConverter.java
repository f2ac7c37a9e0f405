package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class TimelineEventConverter extends EnumNameConverter<TimelineEvent> {

    public TimelineEventConverter() {
        super(TimelineEvent.class);
    }
}
