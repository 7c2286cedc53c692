package fi.valita.documents;

import fi.valita.fees.FeeLedger;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineKind;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.Role;
import fi.valita.identity.UserAccount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts' yearly fee statements from the approved, exported and paid fee lines of work done in the year.
 * An expert reads their own; a coordinator reads those of their own pool's experts, with only what their
 * pool pays. Anyone else gets {@link DocumentNotFound}.
 */
@Service
public class FeeStatements {

    /** The years a statement can be asked for; others do not exist. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final FeeLedger ledger;
    private final Identity identity;

    FeeStatements(FeeLedger ledger, Identity identity) {
        this.ledger = ledger;
        this.identity = identity;
    }

    /** The signed-in expert's own statement, from every organisation that pays them. */
    @Transactional(readOnly = true)
    public FeeStatement mine(int year, CurrentUser expert) {
        if (!expert.is(Role.EXPERT) || !validYear(year)) {
            throw DocumentNotFound.statement(expert.id());
        }
        String name = identity.account(expert.id()).map(UserAccount::displayName).orElse(expert.displayName());
        return statement(expert.id(), name, year, lines(expert.id(), year));
    }

    /** The statement of an expert of the coordinator's pool, with what that pool pays. */
    @Transactional(readOnly = true)
    public FeeStatement ofPoolExpert(UUID expertId, int year, CurrentUser coordinator) {
        UserAccount expert = identity.account(expertId)
                .filter(a -> a.role() == Role.EXPERT)
                .filter(a -> coordinator.coordinates() && a.organisationId().equals(coordinator.organisationId()))
                .filter(a -> validYear(year))
                .orElseThrow(() -> DocumentNotFound.statement(expertId));
        List<FeeLine> lines = lines(expertId, year).stream()
                .filter(l -> l.poolOrganisationId().equals(coordinator.organisationId()))
                .toList();
        return statement(expertId, expert.displayName(), year, lines);
    }

    private List<FeeLine> lines(UUID expertId, int year) {
        return ledger.ofExpert(expertId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(l -> Billable.STATUSES.contains(l.status()))
                .toList();
    }

    private FeeStatement statement(UUID expertId, String name, int year, List<FeeLine> lines) {
        Map<UUID, List<FeeLine>> byPayer = lines.stream().collect(Collectors.groupingBy(FeeLine::poolOrganisationId));
        List<PayerStatement> payers = new ArrayList<>();
        byPayer.forEach((payer, payerLines) -> payers.add(payer(payer, payerLines)));
        payers.sort((a, b) -> a.organisationName().compareToIgnoreCase(b.organisationName()));
        return new FeeStatement(expertId, name, year, List.copyOf(payers));
    }

    private PayerStatement payer(UUID organisationId, List<FeeLine> lines) {
        String name = identity.organisation(organisationId).map(Organisation::name).orElse("–");
        Map<YearMonth, List<FeeLine>> byMonth = lines.stream()
                .collect(Collectors.groupingBy(l -> YearMonth.from(l.workDate()), TreeMap::new, Collectors.toList()));
        List<StatementMonth> months = byMonth.entrySet().stream()
                .map(e -> new StatementMonth(e.getKey(), StatementSums.of(e.getValue())))
                .toList();
        List<FeeLineKind> kinds = lines.stream().map(FeeLine::kind).filter(k -> !k.isEarnings())
                .distinct().sorted().toList();
        return new PayerStatement(organisationId, name, kinds, months, StatementSums.of(lines));
    }

    static boolean validYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
