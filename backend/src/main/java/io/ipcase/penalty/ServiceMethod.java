package io.ipcase.penalty;

/** How a document reached the party (Civil Procedure Law art. 87-95, applied by Admin. Penalty Law art. 61). */
public enum ServiceMethod {
    PERSONAL, POSTAL, LEFT_AT_ADDRESS, ELECTRONIC, PUBLIC_NOTICE
}
