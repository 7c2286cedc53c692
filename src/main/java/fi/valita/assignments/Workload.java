package fi.valita.assignments;

import java.util.UUID;

/**
 * How much work an expert has, for fairness and limits.
 *
 * @param recentAssignments active or done assignments created in the look-back period (fair rotation)
 * @param assignmentsInMonth assignments starting in the calendar month asked about
 * @param hoursInWeek booked hours in the ISO week asked about
 */
public record Workload(UUID expertId, int recentAssignments, int assignmentsInMonth, double hoursInWeek) {}
