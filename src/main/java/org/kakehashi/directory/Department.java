package org.kakehashi.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department of the city that sends requests, such as 総合福祉課 (General Welfare Division). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(length = 32)
    private String phone;

    protected Department() {
    }

    public Department(String code, String nameJa, String nameEn, String phone) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.phone = phone;
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
}
