package fi.valita.requests.web;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the coordinator's inbox, as typed in the address: kept as text so that a value the
 * inbox does not know (an old link, a hand-edited address) is ignored and named, not an error page.
 *
 * @param status empty for the open ones, a status name, or "ALL"
 * @param requester the id of the ordering organisation, or empty for any
 * @param text words of the title
 */
record InboxForm(@Nullable String status, @Nullable String taskType, @Nullable String requester, @Nullable String text) {}
