package org.kakehashi.directory;

import java.util.Map;
import java.util.TreeMap;

/** A department as the directory and the administration API show it. */
public record DepartmentView(String code, String nameJa, String nameEn, String phone, Map<String, String> otherNames) {

    static DepartmentView of(Department department) {
        return new DepartmentView(department.code(), department.nameJa(), department.nameEn(), department.phone(),
                new TreeMap<>(department.otherNames()));
    }
}
