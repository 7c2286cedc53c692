package fi.valita.payroll.internal;

import fi.valita.payroll.IncomeType;
import fi.valita.payroll.IncomeType.Treatment;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated mapping from kinds of fee line to Incomes Register income types. */
@Repository
public class IncomeTypeRecords {

    private final JdbcClient jdbc;

    IncomeTypeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The income type of each kind of line on the payment date; a kind without a row is missing. */
    public Map<String, IncomeType> on(LocalDate paymentDate) {
        return jdbc.sql("""
                select * from payroll_income_type
                where valid_from <= :day and (valid_to is null or valid_to >= :day)""")
                .param("day", paymentDate)
                .query((rs, row) -> new IncomeType(rs.getString("line_kind"), rs.getString("code"),
                        rs.getString("name_fi"), rs.getString("name_sv"), rs.getString("name_en"),
                        Treatment.valueOf(rs.getString("treatment")), rs.getBoolean("verified")))
                .list().stream()
                .collect(Collectors.toUnmodifiableMap(IncomeType::lineKind, Function.identity()));
    }
}
