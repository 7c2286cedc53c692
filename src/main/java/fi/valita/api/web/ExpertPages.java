package fi.valita.api.web;

import fi.valita.experts.ExpertSummary;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Pages of the coordinator's expert list, in a stable order (name without regard to case, then id). A
 * cursor names the last row of a page, so the next page starts right after it even when experts join
 * or leave in between: no row is shown twice and none that stays is skipped.
 */
final class ExpertPages {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::name).thenComparing(Key::id);

    /** @param next the cursor of the page after this one, or null when this is the last */
    record Page(List<ExpertSummary> rows, @Nullable String next) {}

    /** Where a row stands in the order. */
    record Key(String name, String id) {

        static Key of(ExpertSummary row) {
            return new Key(row.displayName().toLowerCase(Locale.ROOT), row.id().toString());
        }

        /** Opaque to callers: the row's place, not a number that shifts when rows come and go. */
        String cursor() {
            byte[] place = (id + "|" + name).getBytes(StandardCharsets.UTF_8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(place);
        }

        static Optional<Key> ofCursor(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                return bar < 0 ? Optional.empty()
                        : Optional.of(new Key(text.substring(bar + 1), UUID.fromString(text.substring(0, bar)).toString()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private ExpertPages() {}

    /** The rows after the cursor's row (from the start when null), at most {@code limit} of them. */
    static Page page(List<ExpertSummary> all, @Nullable Key after, int limit) {
        List<ExpertSummary> rest = all.stream()
                .filter(row -> after == null || ORDER.compare(Key.of(row), after) > 0)
                .sorted(Comparator.comparing(Key::of, ORDER))
                .limit(limit + 1L)
                .toList();
        if (rest.size() <= limit) {
            return new Page(rest, null);
        }
        List<ExpertSummary> rows = rest.subList(0, limit);
        return new Page(rows, Key.of(rows.getLast()).cursor());
    }
}
