package org.kakehashi.webhook;

import jakarta.persistence.Converter;
import org.kakehashi.platform.EnumNameConverter;

@Converter(autoApply = true)
public class WebhookEventConverter extends EnumNameConverter<WebhookEvent> {

    public WebhookEventConverter() {
        super(WebhookEvent.class);
    }
}
