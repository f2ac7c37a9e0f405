package org.kakehashi.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kakehashi.platform.audit.AdministrativeChange.Subject;
import org.kakehashi.platform.audit.ChangeLog;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The one place the office's settings are read: what an administrator set, else the system property given at
 * start, else the default. Read again from the database at the latest {@link #FRESHNESS} after the last read, and
 * at once on this node after a change, so a change made on one node is in force on every node within a minute.
 */
@ApplicationScoped
@Transactional
public class OfficeSettings {

    static final Duration FRESHNESS = Duration.ofSeconds(30);

    /** Where a setting's value comes from. */
    public enum Source { ADMINISTRATOR, PROPERTY, DEFAULT }

    /** A setting's value now, and where it comes from. */
    public record Value(Setting setting, String value, Source source) {
    }

    private record Read(Map<String, String> stored, long atNanos) {
    }

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;
    @Inject
    ChangeLog changes;
    @Inject
    Event<SettingChanged> changed;

    private volatile Read last;

    /** A setting given at start that it cannot have stops the deployment, naming the property. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        List<String> refused = refused(System.getProperties());
        if (!refused.isEmpty()) {
            throw new IllegalStateException("settings that cannot be: " + String.join("; ", refused));
        }
    }

    /** The properties that set a setting to a value it cannot have, each with what it should be. */
    static List<String> refused(Properties properties) {
        return Arrays.stream(Setting.values())
                .filter(setting -> properties.getProperty(setting.property()) != null)
                .filter(setting -> setting.normalise(properties.getProperty(setting.property())).isEmpty())
                .map(setting -> setting.property() + "=" + properties.getProperty(setting.property())
                        + " is not a " + setting.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " such as " + setting.fallback())
                .toList();
    }

    public Value value(Setting setting) {
        String stored = stored().get(setting.settingName());
        if (stored != null) {
            return new Value(setting, stored, Source.ADMINISTRATOR);
        }
        String property = System.getProperty(setting.property());
        if (property != null) {
            return new Value(setting, setting.normalise(property).orElseThrow(), Source.PROPERTY);
        }
        return new Value(setting, setting.fallback(), Source.DEFAULT);
    }

    public String text(Setting setting) {
        return value(setting).value();
    }

    public int number(Setting setting) {
        return Integer.parseInt(text(setting));
    }

    public double decimal(Setting setting) {
        return Double.parseDouble(text(setting));
    }

    public Period period(Setting setting) {
        return Period.parse(text(setting));
    }

    public LocalTime time(Setting setting) {
        return LocalTime.parse(text(setting));
    }

    /**
     * @param value null to go back to the property's value or the default
     * @throws SettingProblem when the value is not one the setting can have
     */
    public Value change(Setting setting, String value, String admin) {
        Value before = value(setting);
        StoredSetting stored = em.find(StoredSetting.class, setting.settingName());
        if (value == null) {
            if (stored != null) {
                em.remove(stored);
            }
        } else {
            String normal = setting.normalise(value)
                    .orElseThrow(() -> new SettingProblem("settings.invalid-value", value, setting.kind().name()));
            if (stored == null) {
                em.persist(new StoredSetting(setting.settingName(), normal));
            } else {
                stored.change(normal);
            }
        }
        em.flush();
        last = null;
        Value after = value(setting);
        changes.record(admin, Subject.SETTING, setting.settingName(), Map.of("value", before.value(),
                "source", before.source().name()), Map.of("value", after.value(), "source", after.source().name()));
        changed.fire(new SettingChanged());
        return after;
    }

    /** The change committed: the next read here goes to the database. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) SettingChanged change) {
        last = null;
    }

    record SettingChanged() {
    }

    /** The values the administrators set, by setting name. */
    protected Map<String, String> stored() {
        Read current = last;
        if (current == null || System.nanoTime() - current.atNanos() > FRESHNESS.toNanos()) {
            current = new Read(em.createQuery("select s from StoredSetting s", StoredSetting.class)
                    .getResultStream().collect(Collectors.toUnmodifiableMap(StoredSetting::name,
                            StoredSetting::value)), System.nanoTime());
            last = current;
        }
        return current.stored();
    }
}
