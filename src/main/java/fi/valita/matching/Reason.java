package fi.valita.matching;

import java.util.List;
import java.util.UUID;

/**
 * Why an expert has their place, or why they were not proposed: a message code of the matching
 * bundle and its arguments. An argument is a number, a {@link java.time.LocalDate}, a {@link Term} (a message
 * code itself, such as a language's name) or an {@link Area} (a lived-experience area, named from the pool's
 * vocabulary).
 */
public record Reason(String code, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(String code, Object... args) {
        return new Reason(code, List.of(args));
    }

    /** An argument that is itself a message code. */
    public record Term(String code) {}

    /** An argument naming a lived-experience area of the pool's vocabulary. */
    public record Area(UUID id) {}
}
