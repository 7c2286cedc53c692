package fi.valita.api.web;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Ids are opaque strings to API callers; one that is not ours is simply not found. */
final class OpaqueIds {

    private OpaqueIds() {}

    /** The id in a path: one that cannot be read names nothing, so it answers 404. */
    static UUID inPath(String raw, String thing) {
        return read(raw).orElseThrow(() -> new NoSuchResource(thing));
    }

    static Optional<UUID> read(@Nullable String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String of(UUID id) {
        return id.toString();
    }

    static @Nullable String ofNullable(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
