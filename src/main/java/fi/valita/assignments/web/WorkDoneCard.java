package fi.valita.assignments.web;

import org.jspecify.annotations.Nullable;

/** The expert's report after the work, as the page shows it. */
record WorkDoneCard(String hours, int travelKm, @Nullable String tickets, boolean debriefWanted, String reportedAt,
        @Nullable String confirmedAt) {}
