package fi.valita.documents;

import java.time.YearMonth;

/** One month of a payer's part of a fee statement. */
public record StatementMonth(YearMonth month, StatementSums sums) {}
