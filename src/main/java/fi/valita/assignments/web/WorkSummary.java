package fi.valita.assignments.web;

import org.jspecify.annotations.Nullable;

/**
 * A request in plain words for a page: what, where, when, for whom, for what fee.
 *
 * @param form the engagement form the expert does the work under, when the page is about one expert's work
 */
record WorkSummary(
        String title,
        String task,
        String where,
        @Nullable String address,
        String when,
        String requester,
        String fee,
        @Nullable String description,
        @Nullable String audience,
        @Nullable String form) {}
