package io.ipcase.security;

import org.jspecify.annotations.NullMarked;

/** A patent-administration department: the municipal office or a district office. */
@NullMarked
public record Office(String id, String nameZh, String nameEn, String level, String casePrefix) {
}
