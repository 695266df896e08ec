package io.ipcase.security;

public enum Role {

    COMPLAINANT, RESPONDENT, OFFICER, SUPERVISOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

}
