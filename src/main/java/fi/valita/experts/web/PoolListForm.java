package fi.valita.experts.web;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the coordinator's expert list, as typed in the address: kept as text so that a
 * value the list does not know (an old link, a hand-edited address) is ignored, not an error page.
 *
 * @param trained "true", "false" or empty for any
 * @param onBreak "true", "false" or empty for any
 */
record PoolListForm(
        @Nullable String municipality,
        @Nullable String area,
        @Nullable String taskType,
        @Nullable String language,
        @Nullable String trained,
        @Nullable String onBreak,
        @Nullable String name) {}
