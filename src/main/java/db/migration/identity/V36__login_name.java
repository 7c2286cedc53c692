package db.migration.identity;

import fi.valita.platform.LoginName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Accounts are found by {@code login_name}, the address as {@link LoginName} normalises it in Java (the same
 * form the login throttle counts), instead of by SQL's {@code lower(email)}, which wrote some letters otherwise
 * (issue 9). Written in Java so that existing rows get exactly the normalisation new ones get.
 *
 * <p>Organisation names are no longer unique across the instance: a refused name told an admin that another
 * pool already had a client of that name. A pool's own clients are kept apart by name in {@code Identity}.
 */
public class V36__login_name extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table user_account add column login_name text");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, email from user_account");
                PreparedStatement update = connection.prepareStatement(
                        "update user_account set login_name = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, LoginName.of(rows.getString("email")));
                update.setObject(2, rows.getObject("id", UUID.class));
                update.executeUpdate();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table user_account alter column login_name set not null");
            statement.execute("create unique index user_account_login_name_key on user_account (login_name)");
            statement.execute("drop index user_account_email_key");
            statement.execute("drop index organisation_name_key");
            statement.execute("create index organisation_name_idx on organisation (lower(name))");
        }
    }
}
