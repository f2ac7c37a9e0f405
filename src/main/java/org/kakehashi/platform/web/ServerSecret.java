package org.kakehashi.platform.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A random key the servers share through the database, so that what one node signs another can check. */
@Entity
@Table(name = "server_secret")
public class ServerSecret {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "secret_value", nullable = false, length = 128)
    private String value;

    protected ServerSecret() {
    }

    ServerSecret(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }
}
