package fi.valita.payroll;

import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import fi.valita.payroll.internal.CodeAccessRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the log of accesses to identity codes: an admin their organisation's, an expert their own code's. */
@Service
public class CodeAccessLog {

    static final int SHOWN = 500;

    private final CodeAccessRecords records;
    private final Identity identity;

    CodeAccessLog(CodeAccessRecords records, Identity identity) {
        this.records = records;
        this.identity = identity;
    }

    /** The latest accesses made in the admin's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<CodeAccess> ofMyOrganisation(CurrentUser admin) {
        if (!admin.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins read the access log");
        }
        return named(records.ofOrganisation(admin.organisationId(), SHOWN));
    }

    /** Who has accessed the expert's own identity code, and when, newest first. */
    @Transactional(readOnly = true)
    public List<CodeAccess> ofMyCode(CurrentUser expert) {
        if (!expert.is(Role.EXPERT)) {
            throw new AccessDeniedException("Only experts have an identity code here");
        }
        return named(records.ofExpert(expert.id(), SHOWN));
    }

    private List<CodeAccess> named(List<CodeAccessRecords.Row> rows) {
        Map<UUID, String> people = new HashMap<>();
        Map<UUID, String> organisations = new HashMap<>();
        return rows.stream().map(row -> new CodeAccess(row.expertId(), person(row.expertId(), people),
                row.accessedBy(), person(row.accessedBy(), people), organisation(row.organisationId(), organisations),
                row.purpose(), row.payrollExportId(), row.accessedAt())).toList();
    }

    private String person(UUID id, Map<UUID, String> known) {
        return known.computeIfAbsent(id, key -> identity.account(key).map(UserAccount::displayName).orElse("?"));
    }

    private String organisation(UUID id, Map<UUID, String> known) {
        return known.computeIfAbsent(id, key -> identity.organisation(key).map(Organisation::name).orElse("?"));
    }
}
