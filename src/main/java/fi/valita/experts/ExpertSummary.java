package fi.valita.experts;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A row of the coordinator's expert list. */
public record ExpertSummary(
        UUID id,
        String displayName,
        @Nullable String homeMunicipality,
        Set<String> languages,
        Set<TaskType> taskTypes,
        boolean trained,
        boolean onBreak,
        boolean accountActive) {}
