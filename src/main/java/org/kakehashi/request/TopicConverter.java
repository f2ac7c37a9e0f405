package org.kakehashi.request;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class TopicConverter extends EnumNameConverter<Topic> {

    public TopicConverter() {
        super(Topic.class);
    }
}
