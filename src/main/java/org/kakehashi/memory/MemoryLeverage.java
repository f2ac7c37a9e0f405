package org.kakehashi.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kakehashi.language.CountingReceipt;
import org.kakehashi.language.LanguageTag;

import java.time.Instant;
import java.util.UUID;

/**
 * What the memory held of a delivered job's source when it was delivered, for the fiscal-year report's share of
 * each language pair's volume that came from memory.
 */
@Entity
@Table(name = "translation_memory_leverage")
public class MemoryLeverage {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Column(name = "request_number", nullable = false, updatable = false, length = 16)
    private String request;

    @Column(name = "source_language", nullable = false, updatable = false, length = 35)
    private LanguageTag sourceLanguage;

    @Column(name = "target_language", nullable = false, updatable = false, length = 35)
    private LanguageTag targetLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CountingReceipt.Unit unit;

    @Column(nullable = false, updatable = false)
    private long volume;

    @Column(name = "exact_volume", nullable = false, updatable = false)
    private long exactVolume;

    @Column(name = "fuzzy_volume", nullable = false, updatable = false)
    private long fuzzyVolume;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected MemoryLeverage() {
    }

    MemoryLeverage(String request, LanguageTag sourceLanguage, LanguageTag targetLanguage, Leverage leverage,
                   Instant recordedAt) {
        this.request = request;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.unit = leverage.unit();
        this.volume = leverage.volume();
        this.exactVolume = leverage.exactVolume();
        this.fuzzyVolume = leverage.fuzzyVolume();
        this.recordedAt = recordedAt;
    }
}
