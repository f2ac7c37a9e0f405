package org.kakehashi.platform.settings;

import java.util.Map;

/** The office's settings as the server starts with them, before any administrator changed one: for unit tests. */
public final class SettingsAtStart {

    private SettingsAtStart() {
    }

    public static OfficeSettings settings() {
        return new OfficeSettings() {
            @Override
            protected Map<String, String> stored() {
                return Map.of();
            }
        };
    }
}
