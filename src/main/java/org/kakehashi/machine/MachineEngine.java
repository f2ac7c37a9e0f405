package org.kakehashi.machine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kakehashi.language.LanguagePair;
import org.kakehashi.language.LanguageTag;
import org.kakehashi.platform.settings.OfficeSettings;
import org.kakehashi.platform.settings.Setting;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The machine translation the office chose: none (the default), its own LibreTranslate server or DeepL, for the
 * language pairs it allows. The DeepL key is a secret given at start ({@code kakehashi.machine.key}), never a
 * setting shown on a page. A client is made once for each configuration and kept while the settings stay.
 */
@ApplicationScoped
public class MachineEngine {

    static final String KEY_PROPERTY = "kakehashi.machine.key";

    private record Configuration(String engine, String address, String key, int timeoutSeconds) {
    }

    private record Configured(Configuration configuration, MachineTranslator translator) {
    }

    @Inject
    OfficeSettings settings;

    private volatile Configured current;

    /** The translator for a job's pair, when the office allows machine drafts for it. */
    public Optional<MachineTranslator> forPair(LanguageTag source, LanguageTag target) {
        String engine = settings.text(Setting.MACHINE_ENGINE);
        if ("off".equals(engine) || !allowed(new LanguagePair(source, target))) {
            return Optional.empty();
        }
        Configuration configuration = new Configuration(engine, settings.text(Setting.MACHINE_ADDRESS),
                System.getProperty(KEY_PROPERTY, System.getenv().getOrDefault("KAKEHASHI_MACHINE_KEY", "")),
                settings.number(Setting.MACHINE_TIMEOUT));
        Configured known = current;
        if (known == null || !known.configuration().equals(configuration)) {
            known = new Configured(configuration, translator(configuration));
            current = known;
        }
        return Optional.of(known.translator());
    }

    private boolean allowed(LanguagePair job) {
        return Arrays.stream(settings.text(Setting.MACHINE_PAIRS).split(" "))
                .filter(pair -> !pair.isBlank())
                .map(LanguagePair::parse)
                .anyMatch(pair -> pair.covers(job));
    }

    private static MachineTranslator translator(Configuration configuration) {
        Duration timeout = Duration.ofSeconds(configuration.timeoutSeconds());
        URI address = URI.create(configuration.address());
        return "deepl".equals(configuration.engine())
                ? new DeepLClient(address, configuration.key(), timeout, timeout)
                : new LibreTranslateClient(address, configuration.key(), timeout, timeout);
    }
}
