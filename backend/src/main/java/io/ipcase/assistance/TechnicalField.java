package io.ipcase.assistance;

/**
 * The technical field of a matter, and the fields the pool's experts and workstations
 * cover.
 */
public enum TechnicalField {

    MECHANICAL, ELECTRICAL, CHEMICAL, BIOMEDICAL, COMMUNICATIONS, DESIGN, OTHER

}
