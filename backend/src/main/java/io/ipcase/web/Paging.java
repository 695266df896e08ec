package io.ipcase.web;

/**
 * The bounds of a page asked for in a list: page numbers from 0 to {@link #LAST_PAGE}, so
 * that page × size fits the database's offset; sizes clamped to what the list allows.
 */
public final class Paging {

    /** with the largest size any list allows (500), still far inside an int */
    public static final int LAST_PAGE = 100_000;

    private Paging() {
    }

    /** The page asked for, or a field error on "page" when no list has it. */
    public static int page(int page) {
        if (page < 0 || page > LAST_PAGE) {
            throw InvalidInputException.of("page", "field.page.out-of-range", LAST_PAGE);
        }
        return page;
    }

    /** The size asked for, within 1 and the list's own largest page. */
    public static int size(int size, int largest) {
        return Math.min(Math.max(size, 1), largest);
    }

}
