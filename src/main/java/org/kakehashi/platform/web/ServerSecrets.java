package org.kakehashi.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Named 256-bit keys, made at first use and kept in the database for every node and every restart. */
@ApplicationScoped
public class ServerSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kakehashi")
    EntityManager em;

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    @Transactional
    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        ServerSecret secret = em.find(ServerSecret.class, name);
        if (secret == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            secret = new ServerSecret(name, Base64.getEncoder().encodeToString(bytes));
            em.persist(secret);
        }
        return Base64.getDecoder().decode(secret.value());
    }
}
