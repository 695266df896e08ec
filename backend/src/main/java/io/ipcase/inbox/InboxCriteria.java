package io.ipcase.inbox;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What an officer asks of the inbox: a view, filters, a search and an order. Saved
 * filters store exactly this.
 */
public record InboxCriteria(View view, @Size(max = 100, message = "{field.too-long}") String q,
        @Size(max = 100, message = "{field.too-long}") String processKey,
        @Size(max = 100, message = "{field.too-long}") String taskKey,
        @Size(max = 40, message = "{field.too-long}") String caseType,
        @Size(max = 32, message = "{field.too-long}") String officeId,
        @Size(max = 100, message = "{field.too-long}") String party,
        @Size(max = 32, message = "{field.too-long}") String patentNumber, LocalDate dueFrom, LocalDate dueTo,
        Boolean overdue, Sort sort,
        /*
         * only tasks offered to a supervisors' group: approvals (of extensions, decisions
         * …)
         */
        Boolean approvals) {

    public enum View {

        /** assigned to me, delegated by me, or to someone I stand in for */
        MINE,
        /** nobody's yet, offered to my groups */
        UNCLAIMED,
        /** offered to me by name: the panels I sit on */
        PANEL,
        /** mine, my groups' (whoever has them) and my panels' */
        ALL,
        /** every open task of the offices a supervisor oversees */
        OFFICE

    }

    public enum Sort {

        /** legal deadline, earliest first; tasks without one last */
        DUE,
        /** newest first */
        CREATED,
        /** highest priority first, then by deadline */
        PRIORITY

    }

    public View viewOrDefault() {
        return view == null ? View.ALL : view;
    }

    public Sort sortOrDefault() {
        return sort == null ? Sort.DUE : sort;
    }
}
