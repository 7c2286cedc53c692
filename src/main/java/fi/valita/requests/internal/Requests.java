package fi.valita.requests.internal;

import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Work requests. Status changes are conditional updates, so a change from a stale state does nothing. */
@Repository
public class Requests {

    private final JdbcClient jdbc;

    Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(WorkRequest r) {
        jdbc.sql("""
                insert into work_request (id, pool_organisation_id, requester_organisation_id, requester_unit_id, created_by,
                    title, description, task_type, wanted_areas, areas_rule, target_group, audience_size, language,
                    starts_at, ends_at, window_from, window_to, remote, municipality_code, address, remote_link,
                    experts_needed, fee_basis, agreed_fee_cents, contact_name, contact_phone, contact_email, notes,
                    status, created_at, updated_at)
                values (:id, :pool, :org, :unit, :by, :title, :description, :task,
                    cast(string_to_array(:areas, ',') as uuid[]), :rule, :target, :audience, :language,
                    :starts, :ends, :windowFrom, :windowTo, :remote, :municipality, :address, :link,
                    :needed, :fee, :agreed, :contact, :phone, :email, :notes, :status, :created, :created)""")
                .param("id", r.id())
                .param("pool", r.poolOrganisationId())
                .param("org", r.requesterOrganisationId())
                .param("unit", r.requesterUnitId())
                .param("by", r.createdBy())
                .param("title", r.title())
                .param("description", r.description())
                .param("task", r.taskType().name())
                .param("areas", r.wantedAreas().stream().map(UUID::toString).collect(Collectors.joining(",")))
                .param("rule", r.areasRule().name())
                .param("target", r.targetGroup())
                .param("audience", r.audienceSize())
                .param("language", r.language())
                .param("starts", timestamp(r.startsAt()))
                .param("ends", timestamp(r.endsAt()))
                .param("windowFrom", r.windowFrom())
                .param("windowTo", r.windowTo())
                .param("remote", r.remote())
                .param("municipality", r.municipalityCode())
                .param("address", r.address())
                .param("link", r.remoteLink())
                .param("needed", r.expertsNeeded())
                .param("fee", r.feeBasis().name())
                .param("agreed", r.agreedFeeCents())
                .param("contact", r.contactName())
                .param("phone", r.contactPhone())
                .param("email", r.contactEmail())
                .param("notes", r.notes())
                .param("status", r.status().name())
                .param("created", Timestamp.from(r.createdAt()))
                .update();
    }

    public Optional<WorkRequest> byId(UUID id) {
        return jdbc.sql("select * from work_request where id = :id").param("id", id).query(Requests::map).optional();
    }

    public List<WorkRequest> ofPool(UUID poolOrganisationId, Collection<RequestStatus> statuses) {
        return jdbc.sql("select * from work_request where pool_organisation_id = :pool and status in (:statuses)")
                .param("pool", poolOrganisationId)
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(Requests::map)
                .list();
    }

    public List<WorkRequest> ofRequesterOrganisation(UUID organisationId) {
        return jdbc.sql("select * from work_request where requester_organisation_id = :org order by created_at desc")
                .param("org", organisationId)
                .query(Requests::map)
                .list();
    }

    /** Moves the request to {@code to} only if it is now in one of {@code from}; true when it moved. */
    public boolean changeStatus(UUID id, Collection<RequestStatus> from, RequestStatus to, @Nullable String reason, Instant at) {
        return jdbc.sql("""
                update work_request set status = :to, cancel_reason = coalesce(:reason, cancel_reason),
                    version = version + 1, updated_at = :at
                where id = :id and status in (:from)""")
                .param("to", to.name())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<UUID> uuids(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private static WorkRequest map(ResultSet rs, int row) throws SQLException {
        return new WorkRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("pool_organisation_id", UUID.class),
                rs.getObject("requester_organisation_id", UUID.class),
                rs.getObject("requester_unit_id", UUID.class),
                rs.getObject("created_by", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                TaskType.valueOf(rs.getString("task_type")),
                uuids(rs.getArray("wanted_areas")),
                AreasRule.valueOf(rs.getString("areas_rule")),
                rs.getString("target_group"),
                rs.getObject("audience_size", Integer.class),
                rs.getString("language"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getObject("window_from", LocalDate.class),
                rs.getObject("window_to", LocalDate.class),
                rs.getBoolean("remote"),
                rs.getString("municipality_code"),
                rs.getString("address"),
                rs.getString("remote_link"),
                rs.getInt("experts_needed"),
                FeeBasis.valueOf(rs.getString("fee_basis")),
                rs.getObject("agreed_fee_cents", Long.class),
                rs.getString("contact_name"),
                rs.getString("contact_phone"),
                rs.getString("contact_email"),
                rs.getString("notes"),
                RequestStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
