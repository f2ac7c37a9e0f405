package org.kakehashi.directory;

import org.kakehashi.language.LanguageTag;

import java.util.Optional;

/** Someone as mail reaches them: where, in which language, and whether at once or in the daily digest. */
public record MailContact(String username, String displayName, Optional<String> email, LanguageTag language,
                          MailPreference preference) {
}
