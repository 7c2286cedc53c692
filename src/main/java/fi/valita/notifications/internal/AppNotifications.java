package fi.valita.notifications.internal;

import fi.valita.notifications.AppNotification;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notifications; every query is for one user. */
@Repository
public class AppNotifications {

    private final JdbcClient jdbc;

    AppNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(AppNotification notification, UUID userId, UUID organisationId) {
        jdbc.sql("""
                insert into app_notification (id, user_id, organisation_id, kind, message_key, arguments, link,
                    created_at)
                values (:id, :user, :org, :kind, :key, :args, :link, :at)""")
                .param("id", notification.id())
                .param("user", userId)
                .param("org", organisationId)
                .param("kind", notification.kind())
                .param("key", notification.messageKey())
                .param("args", notification.arguments().toArray(String[]::new))
                .param("link", notification.link())
                .param("at", Timestamp.from(notification.createdAt()))
                .update();
    }

    public List<AppNotification> newestOf(UUID userId, int limit) {
        return jdbc.sql("select * from app_notification where user_id = :user order by created_at desc, id limit :limit")
                .param("user", userId)
                .param("limit", limit)
                .query(AppNotifications::map)
                .list();
    }

    public int unreadCount(UUID userId) {
        return jdbc.sql("select count(*) from app_notification where user_id = :user and read_at is null")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    public int markAllRead(UUID userId, Instant at) {
        return jdbc.sql("update app_notification set read_at = :at where user_id = :user and read_at is null")
                .param("user", userId)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static AppNotification map(ResultSet rs, int row) throws SQLException {
        return new AppNotification(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("message_key"),
                strings(rs.getArray("arguments")),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("read_at")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
