package fi.valita.experts.internal;

import fi.valita.experts.Availability;
import fi.valita.experts.ContactDetails;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExperienceRelation;
import fi.valita.experts.FeeWorkPause;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.LivedExperience;
import fi.valita.experts.PublicPresentation;
import fi.valita.experts.TaskType;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import fi.valita.experts.WeeklySlot;
import fi.valita.experts.WorkPreferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Expert profiles. Every change of a profile's own row checks and increases its version, so that
 * of two people saving at once the second is told instead of silently overwriting the first.
 */
@Repository
public class Experts {

    private final JdbcClient jdbc;

    Experts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addEmpty(UUID id, UUID organisationId, String displayName, String email) {
        jdbc.sql("""
                insert into expert (id, organisation_id, display_name, email) values (:id, :org, :name, :email)
                on conflict (id) do nothing""")
                .param("id", id)
                .param("org", organisationId)
                .param("name", displayName)
                .param("email", email)
                .update();
    }

    public Optional<ExpertProfile> byId(UUID id) {
        return jdbc.sql("select * from expert where id = :id")
                .param("id", id)
                .query((rs, n) -> profile(rs, List.of(), List.of(), List.of()))
                .optional()
                .map(p -> withCollections(List.of(p)).getFirst());
    }

    public boolean updateContact(UUID id, int version, ContactDetails c) {
        return jdbc.sql("""
                update expert set display_name = :name, email = :email, phone = :phone, home_municipality = :municipality,
                    languages = string_to_array(:languages, ','), works_remotely = :remote, travel_km = :travel,
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("name", c.displayName())
                .param("email", c.email())
                .param("phone", c.phone())
                .param("municipality", c.homeMunicipality())
                .param("languages", SqlArrays.join(c.languages()))
                .param("remote", c.worksRemotely())
                .param("travel", c.travelKm())
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    public boolean updateWork(UUID id, int version, WorkPreferences w) {
        return jdbc.sql("""
                update expert set task_types = string_to_array(:tasks, ','), engagement_forms = string_to_array(:forms, ','),
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("tasks", SqlArrays.join(w.taskTypes().stream().map(Enum::name).toList()))
                .param("forms", SqlArrays.join(w.engagementForms().stream().map(Enum::name).toList()))
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    public boolean updatePresentation(UUID id, int version, PublicPresentation p) {
        return jdbc.sql("""
                update expert set introduction = :intro, visible_to_requesters = :visible,
                    show_municipality_to_requesters = :showMunicipality, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("intro", p.introduction())
                .param("visible", p.visibleToRequesters())
                .param("showMunicipality", p.showMunicipalityToRequesters())
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    public boolean updateAvailability(UUID id, int version, Availability a) {
        boolean updated = jdbc.sql("""
                update expert set on_break = :onBreak, break_until = :until, max_assignments_per_month = :perMonth,
                    max_hours_per_week = :perWeek, version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .param("onBreak", a.onBreak())
                .param("until", a.breakUntil())
                .param("perMonth", a.maxAssignmentsPerMonth())
                .param("perWeek", a.maxHoursPerWeek())
                .param("id", id)
                .param("version", version)
                .update() == 1;
        if (updated) {
            jdbc.sql("delete from expert_availability where expert_id = :id").param("id", id).update();
            for (WeeklySlot slot : a.weekly()) {
                jdbc.sql("""
                        insert into expert_availability (expert_id, weekday, starts_at, ends_at)
                        values (:id, :day, :starts, :ends)""")
                        .param("id", id)
                        .param("day", slot.day().getValue())
                        .param("starts", slot.startsAt())
                        .param("ends", slot.endsAt())
                        .update();
            }
        }
        return updated;
    }

    public boolean replaceExperiences(UUID id, int version, List<LivedExperience> experiences) {
        if (!bumpVersion(id, version)) {
            return false;
        }
        jdbc.sql("delete from expert_experience where expert_id = :id").param("id", id).update();
        for (LivedExperience e : experiences) {
            jdbc.sql("""
                    insert into expert_experience (expert_id, area_id, relation, usable_for_matching)
                    values (:id, :area, :relation, :usable)""")
                    .param("id", id)
                    .param("area", e.areaId())
                    .param("relation", e.relation().name())
                    .param("usable", e.usableForMatching())
                    .update();
        }
        return true;
    }

    public boolean addTraining(UUID id, int version, Training t) {
        return bumpVersion(id, version) && withTraining(jdbc.sql("""
                insert into expert_training (id, expert_id, kind, name, provider, completed_on, valid_until, confirmed_by,
                    confirmed_at)
                values (:tid, :id, :kind, :name, :provider, :completed, :valid, :confirmedBy, :confirmedAt)"""), id, t)
                .update() == 1;
    }

    /** Replaces the expert's entry as a whole, its confirmation included; false if the version is not current. */
    public boolean updateTraining(UUID id, int version, Training t) {
        return bumpVersion(id, version) && withTraining(jdbc.sql("""
                update expert_training set kind = :kind, name = :name, provider = :provider, completed_on = :completed,
                    valid_until = :valid, confirmed_by = :confirmedBy, confirmed_at = :confirmedAt
                where id = :tid and expert_id = :id"""), id, t)
                .update() == 1;
    }

    private static JdbcClient.StatementSpec withTraining(JdbcClient.StatementSpec sql, UUID expertId, Training t) {
        Training.Confirmation c = t.confirmation();
        return sql.param("tid", t.id()).param("id", expertId).param("kind", t.kind().name()).param("name", t.name())
                .param("provider", t.provider()).param("completed", t.completedOn()).param("valid", t.validUntil())
                .param("confirmedBy", c == null ? null : c.by())
                .param("confirmedAt", c == null ? null : Timestamp.from(c.at()));
    }

    public boolean removeTraining(UUID id, int version, UUID trainingId) {
        if (!bumpVersion(id, version)) {
            return false;
        }
        jdbc.sql("delete from expert_training where id = :tid and expert_id = :id")
                .param("tid", trainingId)
                .param("id", id)
                .update();
        return true;
    }

    /** The whole profiles of the experts of the given organisations, three queries for any number. */
    public List<ExpertProfile> ofOrganisations(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        List<ExpertProfile> rows = jdbc.sql("select * from expert where organisation_id in (:orgs) order by lower(display_name)")
                .param("orgs", organisationIds)
                .query((rs, n) -> profile(rs, List.of(), List.of(), List.of()))
                .list();
        return withCollections(rows);
    }

    private boolean bumpVersion(UUID id, int version) {
        return jdbc.sql("update expert set version = version + 1, updated_at = now() where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    private List<ExpertProfile> withCollections(List<ExpertProfile> rows) {
        List<UUID> ids = rows.stream().map(ExpertProfile::id).toList();
        if (ids.isEmpty()) {
            return rows;
        }
        var experiences = experiencesOf(ids);
        var trainings = trainingsOf(ids);
        var slots = slotsOf(ids);
        return rows.stream()
                .map(p -> new ExpertProfile(p.id(), p.organisationId(), p.displayName(), p.email(), p.phone(),
                        p.homeMunicipality(), p.languages(), p.worksRemotely(), p.travelKm(), p.taskTypes(),
                        p.engagementForms(), p.introduction(), p.visibleToRequesters(), p.showMunicipalityToRequesters(),
                        p.onBreak(), p.breakUntil(), p.maxAssignmentsPerMonth(), p.maxHoursPerWeek(),
                        experiences.stream().filter(e -> e.expertId().equals(p.id())).map(Row::value).toList(),
                        trainings.stream().filter(e -> e.expertId().equals(p.id())).map(Row::value).toList(),
                        slots.stream().filter(e -> e.expertId().equals(p.id())).map(Row::value).toList(),
                        p.feeWorkPause(), p.version()))
                .toList();
    }

    private record Row<T>(UUID expertId, T value) {}

    private ExpertProfile profile(ResultSet rs, List<Row<LivedExperience>> experiences, List<Row<Training>> trainings,
            List<Row<WeeklySlot>> slots) throws SQLException {
        return new ExpertProfile(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("home_municipality"),
                SqlArrays.strings(rs.getArray("languages")),
                rs.getBoolean("works_remotely"),
                rs.getObject("travel_km", Integer.class),
                SqlArrays.enums(rs.getArray("task_types"), TaskType::valueOf),
                SqlArrays.enums(rs.getArray("engagement_forms"), EngagementForm::valueOf),
                rs.getString("introduction"),
                rs.getBoolean("visible_to_requesters"),
                rs.getBoolean("show_municipality_to_requesters"),
                rs.getBoolean("on_break"),
                rs.getObject("break_until", LocalDate.class),
                rs.getObject("max_assignments_per_month", Integer.class),
                rs.getObject("max_hours_per_week", Integer.class),
                experiences.stream().map(Row::value).toList(),
                trainings.stream().map(Row::value).toList(),
                slots.stream().map(Row::value).toList(),
                rs.getBoolean("fee_work_paused") ? new FeeWorkPause(rs.getObject("fee_work_paused_until", LocalDate.class))
                        : null,
                rs.getInt("version"));
    }

    private List<Row<LivedExperience>> experiencesOf(List<UUID> ids) {
        return jdbc.sql("""
                select e.* from expert_experience e join experience_area a on a.id = e.area_id
                where e.expert_id in (:ids) order by a.sort_order, a.name_fi, e.relation""")
                .param("ids", ids)
                .query((rs, n) -> new Row<>(rs.getObject("expert_id", UUID.class), new LivedExperience(
                        rs.getObject("area_id", UUID.class),
                        ExperienceRelation.valueOf(rs.getString("relation")),
                        rs.getBoolean("usable_for_matching"))))
                .list();
    }

    private List<Row<Training>> trainingsOf(List<UUID> ids) {
        return jdbc.sql("select * from expert_training where expert_id in (:ids) order by completed_on desc, name")
                .param("ids", ids)
                .query((rs, n) -> new Row<>(rs.getObject("expert_id", UUID.class), new Training(
                        rs.getObject("id", UUID.class),
                        TrainingKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("provider"),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class),
                        confirmation(rs))))
                .list();
    }

    private static Training.@Nullable Confirmation confirmation(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("confirmed_at");
        return at == null ? null : new Training.Confirmation(rs.getObject("confirmed_by", UUID.class), at.toInstant());
    }

    private List<Row<WeeklySlot>> slotsOf(List<UUID> ids) {
        return jdbc.sql("select * from expert_availability where expert_id in (:ids) order by weekday, starts_at")
                .param("ids", ids)
                .query((rs, n) -> new Row<>(rs.getObject("expert_id", UUID.class), new WeeklySlot(
                        DayOfWeek.of(rs.getInt("weekday")),
                        rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class))))
                .list();
    }
}
