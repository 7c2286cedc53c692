package fi.valita.experts.internal;

import fi.valita.experts.ExperienceArea;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each pool's vocabulary of lived-experience areas. */
@Repository
public class ExperienceAreas {

    private final JdbcClient jdbc;

    ExperienceAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ExperienceArea area) {
        jdbc.sql("""
                insert into experience_area (id, organisation_id, code, name_fi, name_sv, name_en, active, sort_order)
                values (:id, :org, :code, :fi, :sv, :en, :active, :sort)""")
                .param("id", area.id())
                .param("org", area.organisationId())
                .param("code", area.code())
                .param("fi", area.nameFi())
                .param("sv", area.nameSv())
                .param("en", area.nameEn())
                .param("active", area.active())
                .param("sort", area.sortOrder())
                .update();
    }

    public void update(ExperienceArea area) {
        jdbc.sql("""
                update experience_area set name_fi = :fi, name_sv = :sv, name_en = :en, active = :active, sort_order = :sort
                where id = :id and organisation_id = :org""")
                .param("fi", area.nameFi())
                .param("sv", area.nameSv())
                .param("en", area.nameEn())
                .param("active", area.active())
                .param("sort", area.sortOrder())
                .param("id", area.id())
                .param("org", area.organisationId())
                .update();
    }

    public List<ExperienceArea> of(UUID organisationId) {
        return jdbc.sql("select * from experience_area where organisation_id = :org order by sort_order, name_fi")
                .param("org", organisationId)
                .query(ExperienceAreas::map)
                .list();
    }

    public Optional<ExperienceArea> byId(UUID organisationId, UUID id) {
        return jdbc.sql("select * from experience_area where organisation_id = :org and id = :id")
                .param("org", organisationId)
                .param("id", id)
                .query(ExperienceAreas::map)
                .optional();
    }

    public boolean codeTaken(UUID organisationId, String code) {
        return jdbc.sql("select count(*) from experience_area where organisation_id = :org and code = :code")
                .param("org", organisationId)
                .param("code", code)
                .query(Integer.class)
                .single() > 0;
    }

    private static ExperienceArea map(ResultSet rs, int row) throws SQLException {
        return new ExperienceArea(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("code"),
                rs.getString("name_fi"),
                rs.getString("name_sv"),
                rs.getString("name_en"),
                rs.getBoolean("active"),
                rs.getInt("sort_order"));
    }
}
