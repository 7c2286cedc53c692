package fi.valita.experts.web;

import org.jspecify.annotations.Nullable;

/** The requester's optional filters on the public cards; unknown values are ignored. */
record PublicCardsForm(@Nullable String taskType, @Nullable String language) {}
