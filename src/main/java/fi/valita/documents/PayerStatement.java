package fi.valita.documents;

import fi.valita.fees.FeeLineKind;
import java.util.List;
import java.util.UUID;

/**
 * What one paying organisation (a pool) owes or paid the expert in the year, by month with work.
 *
 * @param expenseKinds the kinds of expenses that occur in the year, in a fixed order, for the columns
 */
public record PayerStatement(UUID organisationId, String organisationName, List<FeeLineKind> expenseKinds,
        List<StatementMonth> months, StatementSums year) {}
