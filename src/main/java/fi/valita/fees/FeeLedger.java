package fi.valita.fees;

import fi.valita.fees.internal.FeeLineRecords;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries over fee lines for other modules (payroll, documents, earnings). It checks no user:
 * the caller has already decided who may see what, and passes the organisation or expert it may read.
 * Periods are by work date, both ends included; lines come oldest first.
 */
@Service
public class FeeLedger {

    private final JdbcClient jdbc;

    FeeLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Lines a pool organisation pays, in the given statuses, of work done in the period. */
    @Transactional(readOnly = true)
    public List<FeeLine> ofPool(UUID poolOrganisationId, Collection<FeeLineStatus> statuses, LocalDate from,
            LocalDate to) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from fee_line
                where pool_organisation_id = :pool and status in (:statuses) and work_date between :from and :to
                order by work_date, assignment_id, kind, id""")
                .param("pool", poolOrganisationId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("from", from)
                .param("to", to)
                .query(FeeLineRecords::map)
                .list();
    }

    /** Lines of work a pool did for one requester organisation in the period, in the given statuses. */
    @Transactional(readOnly = true)
    public List<FeeLine> ofRequester(UUID poolOrganisationId, UUID requesterOrganisationId,
            Collection<FeeLineStatus> statuses, LocalDate from, LocalDate to) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from fee_line
                where pool_organisation_id = :pool and requester_organisation_id = :requester
                  and status in (:statuses) and work_date between :from and :to
                order by work_date, assignment_id, kind, id""")
                .param("pool", poolOrganisationId)
                .param("requester", requesterOrganisationId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("from", from)
                .param("to", to)
                .query(FeeLineRecords::map)
                .list();
    }

    /** Every line of one expert's work in the period, whatever its status, from any pool. */
    @Transactional(readOnly = true)
    public List<FeeLine> ofExpert(UUID expertId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from fee_line
                where expert_id = :expert and work_date between :from and :to
                order by work_date, assignment_id, kind, id""")
                .param("expert", expertId)
                .param("from", from)
                .param("to", to)
                .query(FeeLineRecords::map)
                .list();
    }
}
