package fi.valita.payroll;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One logged access to an expert's identity code, with the names to show. */
public record CodeAccess(UUID expertId, String expertName, UUID accessedBy, String accessedByName,
        String organisationName, AccessPurpose purpose, @Nullable UUID payrollExportId, Instant accessedAt) {}
