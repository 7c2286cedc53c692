package fi.valita.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The controlled list of Finland's 308 municipalities, read once from the database. */
@Component
public class Municipalities {

    private final JdbcClient jdbc;
    private volatile Map<String, Municipality> byCode;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Municipality> byCode(String code) {
        return Optional.ofNullable(all().get(code));
    }

    public boolean exists(String code) {
        return all().containsKey(code);
    }

    /** All municipalities sorted by their name in the given language. */
    public List<Municipality> sorted(Locale locale) {
        Collator collator = Collator.getInstance(Locale.of(locale.getLanguage().equals("sv") ? "sv" : "fi"));
        return all().values().stream()
                .sorted(Comparator.comparing((Municipality m) -> m.name(locale), collator))
                .toList();
    }

    private Map<String, Municipality> all() {
        Map<String, Municipality> loaded = byCode;
        if (loaded == null) {
            loaded = jdbc.sql("select code, name_fi, name_sv, region_fi, lat, lon from municipality")
                    .query((rs, n) -> new Municipality(
                            rs.getString("code"), rs.getString("name_fi"), rs.getString("name_sv"),
                            rs.getString("region_fi"), rs.getDouble("lat"), rs.getDouble("lon")))
                    .list()
                    .stream()
                    .collect(Collectors.toUnmodifiableMap(Municipality::code, Function.identity()));
            byCode = loaded;
        }
        return loaded;
    }
}
