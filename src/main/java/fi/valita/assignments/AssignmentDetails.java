package fi.valita.assignments;

import fi.valita.requests.WorkRequest;

/** An assignment with the request it is for and the names of both sides. */
public record AssignmentDetails(Assignment assignment, WorkRequest request, String expertName, String requesterName) {}
