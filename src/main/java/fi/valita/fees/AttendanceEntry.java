package fi.valita.fees;

import fi.valita.experts.EngagementForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The hours of one piece of work done as work activity, on its day. */
public record AttendanceEntry(UUID assignmentId, UUID expertId, UUID poolOrganisationId, EngagementForm form,
        LocalDate day, BigDecimal hours) {}
