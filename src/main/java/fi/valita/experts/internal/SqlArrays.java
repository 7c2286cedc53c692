package fi.valita.experts.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** PostgreSQL text arrays to and from Java sets (values are codes and enum names, never free text). */
final class SqlArrays {

    private SqlArrays() {}

    static String join(Collection<String> values) {
        return String.join(",", values);
    }

    static Set<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }

    static <E extends Enum<E>> Set<E> enums(@Nullable Array array, Function<String, E> parse) throws SQLException {
        return strings(array).stream().map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
