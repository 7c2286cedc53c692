package fi.valita.experts;

import org.jspecify.annotations.Nullable;

/** The expert's short introduction and what requesters may see. */
public record PublicPresentation(
        @Nullable String introduction, boolean visibleToRequesters, boolean showMunicipalityToRequesters) {}
