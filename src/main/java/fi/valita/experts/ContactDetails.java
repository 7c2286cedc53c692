package fi.valita.experts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The basics of a profile: name, contact, where the expert lives and works, languages. */
public record ContactDetails(
        String displayName,
        String email,
        @Nullable String phone,
        @Nullable String homeMunicipality,
        Set<String> languages,
        boolean worksRemotely,
        @Nullable Integer travelKm) {}
