package fi.valita.identity.internal;

import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.OrganisationUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations, their units and which pools serve which client organisations. */
@Repository
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Organisation organisation) {
        jdbc.sql("""
                insert into organisation (id, name, kind, municipality_code, runs_pool)
                values (:id, :name, :kind, :municipality, :runsPool)""")
                .param("id", organisation.id())
                .param("name", organisation.name())
                .param("kind", organisation.kind().name())
                .param("municipality", organisation.municipalityCode())
                .param("runsPool", organisation.runsPool())
                .update();
    }

    public Optional<Organisation> byId(UUID id) {
        return jdbc.sql("select * from organisation where id = :id").param("id", id).query(Organisations::map).optional();
    }

    /** Holds the organisation's row until the transaction ends, e.g. while a pool's client names are checked. */
    public void lock(UUID id) {
        jdbc.sql("select id from organisation where id = :id for update").param("id", id).query(UUID.class).optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by name").query(Organisations::map).list();
    }

    public void addUnit(OrganisationUnit unit) {
        jdbc.sql("""
                insert into organisation_unit (id, organisation_id, name, municipality_code)
                values (:id, :org, :name, :municipality)""")
                .param("id", unit.id())
                .param("org", unit.organisationId())
                .param("name", unit.name())
                .param("municipality", unit.municipalityCode())
                .update();
    }

    public List<OrganisationUnit> unitsOf(UUID organisationId) {
        return jdbc.sql("select * from organisation_unit where organisation_id = :org order by name")
                .param("org", organisationId)
                .query((rs, n) -> new OrganisationUnit(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("municipality_code")))
                .list();
    }

    public void addClient(UUID poolOrganisationId, UUID clientOrganisationId) {
        jdbc.sql("""
                insert into pool_client (pool_organisation_id, client_organisation_id) values (:pool, :client)
                on conflict do nothing""")
                .param("pool", poolOrganisationId)
                .param("client", clientOrganisationId)
                .update();
    }

    /** The client organisations a pool serves, not counting its own organisation. */
    public List<Organisation> clientsOf(UUID poolOrganisationId) {
        return jdbc.sql("""
                select o.* from organisation o join pool_client c on c.client_organisation_id = o.id
                where c.pool_organisation_id = :pool and o.id <> :pool order by o.name""")
                .param("pool", poolOrganisationId)
                .query(Organisations::map)
                .list();
    }

    /** The pools an organisation may order from: its own, if it runs one, and those that serve it. */
    public List<UUID> poolsServing(UUID clientOrganisationId) {
        return jdbc.sql("""
                select id from organisation where id = :client and runs_pool
                union
                select c.pool_organisation_id from pool_client c join organisation o on o.id = c.pool_organisation_id
                where c.client_organisation_id = :client and o.runs_pool""")
                .param("client", clientOrganisationId)
                .query(UUID.class)
                .list();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("municipality_code"),
                rs.getBoolean("runs_pool"));
    }
}
