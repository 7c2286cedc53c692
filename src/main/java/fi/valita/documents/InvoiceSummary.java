package fi.valita.documents;

import fi.valita.shared.Money;
import java.util.UUID;

/** A requester organisation's month at a glance: how many assignments were billed and their total. */
public record InvoiceSummary(UUID organisationId, String organisationName, int assignments, Money total) {}
