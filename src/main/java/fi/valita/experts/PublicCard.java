package fi.valita.experts;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a requester may see of an expert: never lived-experience areas or contact details.
 *
 * @param homeMunicipality only if the expert chose to show it
 * @param trained has a valid expert-by-experience training that a coordinator of the pool has confirmed (one the
 *     expert only told of is not shown)
 */
public record PublicCard(
        UUID id,
        String displayName,
        Set<String> languages,
        Set<TaskType> taskTypes,
        @Nullable String introduction,
        @Nullable String homeMunicipality,
        boolean worksRemotely,
        boolean trained) {}
