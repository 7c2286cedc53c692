package fi.valita.pages;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.assignments.AssignmentStatus;
import fi.valita.assignments.CoordinatorTask;
import fi.valita.assignments.OfferNotOpen;
import fi.valita.assignments.OfferStatus;
import fi.valita.assignments.TimeProposal;
import fi.valita.documents.AgreementState;
import fi.valita.earnings.BenefitLimitKind;
import fi.valita.earnings.VolunteerOnly;
import fi.valita.experts.EngagementForm;
import fi.valita.experts.ProfileSection;
import fi.valita.experts.TaskType;
import fi.valita.experts.TrainingKind;
import fi.valita.fees.AttendanceDay;
import fi.valita.fees.CapLevel;
import fi.valita.fees.CapUse;
import fi.valita.fees.ExpenseType;
import fi.valita.fees.FeeHold;
import fi.valita.fees.FeeLineKind;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.ParameterChange;
import fi.valita.fees.RateKind;
import fi.valita.identity.OrganisationKind;
import fi.valita.identity.Role;
import fi.valita.payroll.AccessPurpose;
import fi.valita.payroll.IncomeType;
import fi.valita.payroll.PayeePreview;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.shared.Language;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The guard of issue 8 §4 for values shown to people: every message key the code makes from a value (an enum's,
 * a flash message's, a language code's: {@code 'fees.kind.' + line.kind}) has its text for every value in the
 * English, Finnish and Swedish bundles. A missing one showed as {@code ??fees.kind.RECEIPT_fi??} or answered
 * 500.
 *
 * <p>The templates and the Java code are read for every key prefix followed by {@code +}; each must be in
 * {@link #SHOWN} with the values that fill it, or in {@link #NOT_FROM_VALUES} with why not, so that a new one
 * cannot be forgotten. Keys made of database codes (fee parameters, benefit limits) are guarded by
 * {@link TableCodesHaveWordsTests}.
 */
class ShownValuesHaveWordsTests {

    private static final List<String> LANGUAGES = List.of("", "_fi", "_sv");
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("'([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)*\\.)'\\s*\\+");
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][a-zA-Z0-9-]*(?:\\.[a-zA-Z0-9-]+)*\\.)\"\\s*\\+");

    /** Each key prefix the code adds a value to, and every value it can add. */
    static final Map<String, List<String>> SHOWN = Map.ofEntries(
            values("assignments.status.", AssignmentStatus.class),
            values("assignments.request-status.", RequestStatus.class),
            values("assignments.offer-status.", OfferStatus.class),
            values("assignments.fee.", FeeBasis.class),
            values("assignments.tasks.kind.", CoordinatorTask.Kind.class),
            // WorkWords: what work under a form that pays no fee (or pays wages) is paid
            entry("assignments.pay.", List.of("VOLUNTEER", "REHABILITATIVE_WORK_ACTIVITY",
                    "SOCIAL_WELFARE_WORK_ACTIVITY", "WORK_TRIAL", "EMPLOYMENT")),
            // The agreed time of window-of-days work: the viewer's side, or "other" for anyone else
            entry("assignments.time.intro.", union(names(TimeProposal.Side.class), List.of("other"))),
            // Only the expert and the requester propose a time; a coordinator sets it
            entry("assignments.time.yours.", List.of("EXPERT", "REQUESTER")),
            entry("assignments.time.proposed.", List.of("EXPERT", "REQUESTER")),
            values("documents.attendance.warning.", AttendanceDay.Warning.class),
            values("expenses.form-rule.", EngagementForm.class),
            values("fees.hold.", FeeHold.class),
            values("fees.work.hold.", FeeHold.class),
            values("fees.line.held.", FeeHold.class),
            // OfferController: an offer's state once it cannot be answered (never OPEN), or why answering failed
            entry("assignments.outcome.", union(List.of("ACCEPTED", "DECLINED", "EXPIRED", "CLOSED"),
                    names(OfferNotOpen.Reason.class))),
            // AfterWorkController's flash message "done"
            entry("assignments.done.", List.of("completed", "confirmed", "feedback", "reported")),
            entry("assignments.feedback.rating.", List.of("1", "2", "3", "4", "5")),
            values("documents.agreement.state.", AgreementState.class),
            values("documents.kind.", FeeLineKind.class),
            values("earnings.kind.", FeeLineKind.class),
            values("earnings.status.", FeeLineStatus.class),
            values("earnings.limit-kind.", BenefitLimitKind.class),
            // Only limits with an amount: an ANY_FEE limit never has one
            entry("earnings.limit.amount.", List.of("MONTHLY_EARNINGS", "YEARLY_EARNINGS")),
            values("earnings.limits.log.action.", ParameterChange.Action.class),
            values("earnings.pause.", VolunteerOnly.class),
            // BenefitWatchController's flash message "saved"
            entry("earnings.watch.saved.", List.of("watch", "pause")),
            entry("earnings.watch.period.", List.of("month", "year")),
            entry("earnings.watch.figures.", List.of("month", "year")),
            values("expenses.kind.", FeeLineKind.class),
            values("expenses.status.", FeeLineStatus.class),
            values("expenses.type.", ExpenseType.class),
            values("expenses.caps.level.", CapLevel.class),
            entry("expenses.cap.", capKeys()),
            // The notes of fees.internal.FeesFromApprovedWork
            entry("expenses.note.", List.of("RATE_MISSING", "PARAMETER_MISSING")),
            // ExpenseController's flash message "done"
            entry("expenses.done.", List.of("receipt-added", "allowance-added", "removed")),
            values("experts.task.", TaskType.class),
            values("experts.engagement.", EngagementForm.class),
            values("experts.training-kind.", TrainingKind.class),
            values("experts.day.", DayOfWeek.class),
            entry("experts.language.", Language.CODES),
            values("fees.kind.", FeeLineKind.class),
            values("fees.work.kind.", FeeLineKind.class),
            values("fees.status.", FeeLineStatus.class),
            values("fees.work.status.", FeeLineStatus.class),
            values("fees.rates.kind.", RateKind.class),
            entry("layout.language.", List.of("fi", "sv", "en")),
            values("matching.request.areas-rule.", AreasRule.class),
            // notifications.internal.MailDelivery.Outcome, and FAILED written when sending fails
            entry("notifications.delivery.", List.of("CAPTURED", "SMTP", "FAILED")),
            values("notifications.profile-changed.", ProfileSection.class),
            values("organisation.kind.", OrganisationKind.class),
            values("payroll.kind.", FeeLineKind.class),
            values("payroll.treatment.", IncomeType.Treatment.class),
            values("payroll.warning.", PayeePreview.Warning.class),
            values("payroll.log.purpose.", AccessPurpose.class),
            values("payroll.details.accesses.", AccessPurpose.class),
            // Only admins and coordinators can hold the payroll permission
            entry("payroll.permissions.role.", List.of("ADMIN", "COORDINATOR")),
            // PayrollPermissionsController's flash message "changed"
            entry("payroll.permissions.", List.of("granted", "requested", "confirmed", "revoked")),
            entry("payroll.permissions.event.", List.of("REQUESTED", "CONFIRMED", "GRANTED_ALONE", "REVOKED")),
            entry("fees.parameters.log.action.", List.of("ADDED", "ENDED")),
            values("requests.status.", RequestStatus.class),
            values("requests.fee.", FeeBasis.class),
            // SecondFactorRecords.log: the kinds of change to a person's second factor, in the admin's log
            entry("identity.second-factors.event.", List.of("TOTP_ADDED", "TOTP_REMOVED", "PASSKEY_ADDED",
                    "PASSKEY_REMOVED", "RECOVERY_CODES_MADE", "RECOVERY_CODE_USED", "RESET_BY_ADMIN")),
            values("role.", Role.class));

    /** Key prefixes followed by {@code +} that are not filled with a value shown to people, and why. */
    static final Map<String, String> NOT_FROM_VALUES = Map.ofEntries(
            entry("documents.agreement.", "the agreement's wording by template version and part, each part named in "
                    + "documents.web.Words; AssignmentAgreementTests read the whole agreement"),
            entry("documents.invoice.column.", "the columns of the invoice summary, listed where the key is made"),
            entry("documents.attendance.column.", "the columns of the attendance list, listed where the key is made"),
            entry("payroll.file.col.", "the columns of the payroll file, listed where the key is made"),
            entry("experts.", "the sections of the profile (contact, work, ...), each a page of GuardedPages"),
            entry("earnings.limit.", "the name and description keys of a benefit limit's code, stored in its row: "
                    + "TableCodesHaveWordsTests"),
            entry("fees.parameters.name.", "the codes of the fee parameter table: TableCodesHaveWordsTests"),
            entry("fees.parameters.unit.", "the units of the fee parameter table: TableCodesHaveWordsTests"),
            entry("fee.", "a part of the agreement's wording (documents.agreement.<version>.fee.<rate kind>)"));

    @Test
    void everyKeyMadeOfAValueIsListedWithItsValues() throws IOException {
        Map<String, Set<String>> found = prefixesInTheCode();
        Set<String> unlisted = new TreeSet<>(found.keySet());
        unlisted.removeAll(SHOWN.keySet());
        unlisted.removeAll(NOT_FROM_VALUES.keySet());
        Set<String> stale = new TreeSet<>(SHOWN.keySet());
        stale.addAll(NOT_FROM_VALUES.keySet());
        stale.removeAll(found.keySet());

        assertThat(unlisted.stream().map(prefix -> prefix + " in " + found.get(prefix)).toList())
                .as("key prefixes the code adds a value to, neither in SHOWN nor in NOT_FROM_VALUES").isEmpty();
        assertThat(stale).as("SHOWN or NOT_FROM_VALUES entries no code uses any more").isEmpty();
    }

    @Test
    void everyValueShownHasItsWordsInEnglishFinnishAndSwedish() {
        Map<String, Properties> bundles = bundles();
        List<String> missing = new ArrayList<>();
        SHOWN.forEach((prefix, values) -> values.forEach(value -> LANGUAGES.forEach(language -> {
            if (!bundles.get(language).containsKey(prefix + value)) {
                missing.add(prefix + value + " (" + (language.isEmpty() ? "en" : language.substring(1)) + ")");
            }
        })));

        assertThat(new TreeSet<>(missing)).as("message keys of values shown to people").isEmpty();
    }

    /** The key prefixes of the templates and the main Java code, each with the files it is in. */
    private static Map<String, Set<String>> prefixesInTheCode() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        scan(Path.of("src/main/resources/templates"), ".html", TEMPLATE_PREFIX, found);
        scan(Path.of("src/main/java"), ".java", JAVA_PREFIX, found);
        return found;
    }

    private static void scan(Path root, String suffix, Pattern prefix, Map<String, Set<String>> found)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = prefix.matcher(Files.readString(file));
                while (m.find()) {
                    found.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(root.relativize(file).toString());
                }
            }
        }
    }

    /** Every basename's bundle of each language, merged: what Spring's message source finds. */
    static Map<String, Properties> bundles() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        String basenames = Objects.requireNonNull(yaml.getObject()).getProperty("spring.messages.basename");
        Map<String, Properties> bundles = new TreeMap<>();
        for (String language : LANGUAGES) {
            var merged = new Properties();
            for (String basename : basenames.split(",")) {
                var resource = new ClassPathResource(basename.strip() + language + ".properties");
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    merged.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            bundles.put(language, merged);
        }
        return bundles;
    }

    private static Map.Entry<String, List<String>> values(String prefix, Class<? extends Enum<?>> type) {
        return entry(prefix, names(type));
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }

    /** CapUse's message keys: each cap at each level, and the warning before passing it. */
    private static List<String> capKeys() {
        List<String> keys = new ArrayList<>();
        for (CapUse.Cap cap : CapUse.Cap.values()) {
            for (CapLevel level : CapLevel.values()) {
                keys.add(cap + "." + level);
            }
            keys.add(cap + ".WOULD_PASS");
        }
        return keys;
    }
}
