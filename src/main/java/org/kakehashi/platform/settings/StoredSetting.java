package org.kakehashi.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting's value as an administrator set it. */
@Entity
@Table(name = "office_setting")
public class StoredSetting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    protected StoredSetting() {
    }

    StoredSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void change(String value) {
        this.value = value;
    }
}
