package org.kakehashi.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.util.HashMap;
import java.util.Map;

/** A department of the city that sends requests, such as 総合福祉課 (General Welfare Division). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    /** The official English name, as the city's English pages and letters use it. */
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(length = 32)
    private String phone;

    /** Names in further languages (BCP 47 tag to name), such as the Chinese a partner's letters use. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "department_name", joinColumns = @JoinColumn(name = "department_code"))
    @MapKeyColumn(name = "language", length = 35)
    @Column(name = "name", nullable = false, length = 200)
    private Map<String, String> otherNames = new HashMap<>();

    protected Department() {
    }

    public Department(String code, String nameJa, String nameEn, String phone) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.phone = phone;
    }

    /** An administrator's changes: everything but the code, which requests and people refer to. */
    public void rename(String nameJa, String nameEn, String phone, Map<String, String> otherNames) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.phone = phone;
        this.otherNames.clear();
        this.otherNames.putAll(otherNames);
    }

    public String code() {
        return code;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    public String phone() {
        return phone;
    }

    public Map<String, String> otherNames() {
        return Map.copyOf(otherNames);
    }
}
