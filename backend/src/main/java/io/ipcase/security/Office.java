package io.ipcase.security;

/** A patent-administration department: the municipal office or a district office. */
public record Office(String id, String nameZh, String nameEn, String level, String casePrefix) {
}
