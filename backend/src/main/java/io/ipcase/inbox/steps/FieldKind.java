package io.ipcase.inbox.steps;

/** How the front end's one step form draws a field. */
public enum FieldKind {

    /** a line of text */
    TEXT,
    /** a paragraph */
    TEXTAREA,
    /** a day, YYYY-MM-DD */
    DATE,
    /** an instant, ISO 8601 with its offset */
    DATETIME,
    /** one of a few choices, all visible */
    RADIO,
    /** one of many choices, in a list */
    SELECT,
    /** any of a few choices */
    CHECKBOXES,
    /** any of many choices, in a list */
    MULTISELECT,
    /** yes or no */
    SWITCH,
    /** a whole number */
    INTEGER,
    /** yuan with fen, sent as a plain decimal */
    MONEY,
    /** several lines of text, one entry each (the items a supplement notice lists) */
    LINES,
    /** several entries of the same sub-fields */
    LIST,
    /**
     * one set of sub-fields, sent as an object of its own (the conditions of acceptance)
     */
    GROUP

}
