package fi.valita.fees.web;

import fi.valita.assignments.AssignmentDetails;
import fi.valita.assignments.Assignments;
import fi.valita.fees.FeeHold;
import fi.valita.fees.FeeLine;
import fi.valita.fees.FeeLineChange;
import fi.valita.fees.FeeLineRevision;
import fi.valita.fees.FeeLineStatus;
import fi.valita.fees.FeeLines;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.UserAccount;
import fi.valita.shared.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns fee lines into what the review pages show: lines grouped by assignment, totals by status, history. */
@Component
class FeeViews {

    private final Assignments assignments;
    private final FeeLines feeLines;
    private final Identity identity;
    private final FeeWords words;

    FeeViews(Assignments assignments, FeeLines feeLines, Identity identity, FeeWords words) {
        this.assignments = assignments;
        this.feeLines = feeLines;
        this.identity = identity;
        this.words = words;
    }

    /** One line as a row of a group. */
    record LineRow(UUID id, String kind, String quantity, String total, FeeLineStatus status, int version,
            boolean draft, boolean correctable, boolean corrected) {}

    /**
     * The lines of one assignment, with what the work was.
     *
     * @param hold why its drafts cannot be approved yet, as a message key; null when they can (or there are none)
     */
    record Group(UUID assignmentId, String title, String expert, String requester, String workDate,
            List<LineRow> lines, @Nullable String hold) {}

    record StatusTotal(FeeLineStatus status, int count, String total) {}

    /** A line's page: the line, its work, its corrections, and why a draft cannot be approved yet (a key). */
    record LineView(UUID id, UUID assignmentId, String title, String expert, String requester, String workDate,
            String kind, String quantity, String total, FeeLineStatus status, int version, boolean draft,
            boolean correctable, boolean corrected, @Nullable String approved, List<ChangeRow> changes,
            @Nullable String hold) {}

    record ChangeRow(String oldTotal, String newTotal, String reason, String by, String at) {}

    /** The lines by assignment; {@code holds} are those of assignments with drafts (see {@link #heldDrafts}). */
    List<Group> groups(List<FeeLineRevision> revisions, Map<UUID, FeeHold> holds, CurrentUser coordinator,
            Locale locale) {
        Map<UUID, List<FeeLineRevision>> byAssignment = new LinkedHashMap<>();
        revisions.forEach(r -> byAssignment.computeIfAbsent(r.line().assignmentId(), id -> new ArrayList<>()).add(r));
        List<Group> groups = new ArrayList<>();
        byAssignment.forEach((assignmentId, lines) -> {
            AssignmentDetails work = assignments.get(assignmentId, coordinator);
            groups.add(new Group(assignmentId, work.request().title(), work.expertName(), work.requesterName(),
                    words.day(lines.getFirst().line().workDate(), locale),
                    lines.stream().map(r -> row(r, locale)).toList(), holdKey(holds.get(assignmentId))));
        });
        return groups;
    }

    /** The holds that keep drafts among the lines from approval (asked only for assignments with drafts). */
    Map<UUID, FeeHold> heldDrafts(List<FeeLineRevision> revisions, CurrentUser coordinator) {
        List<UUID> withDrafts = revisions.stream().filter(r -> r.line().status() == FeeLineStatus.DRAFT)
                .map(r -> r.line().assignmentId()).distinct().toList();
        return withDrafts.isEmpty() ? Map.of() : feeLines.holds(withDrafts, coordinator);
    }

    /** The message key that tells why a draft waits, or null. */
    static @Nullable String holdKey(@Nullable FeeHold hold) {
        return hold == null ? null : "fees.hold." + hold.name();
    }

    List<StatusTotal> totals(List<FeeLineRevision> revisions, Locale locale) {
        Map<FeeLineStatus, Money> sums = new EnumMap<>(FeeLineStatus.class);
        Map<FeeLineStatus, Integer> counts = new EnumMap<>(FeeLineStatus.class);
        for (FeeLineRevision r : revisions) {
            sums.merge(r.line().status(), r.line().total(), Money::plus);
            counts.merge(r.line().status(), 1, Integer::sum);
        }
        return sums.entrySet().stream()
                .map(e -> new StatusTotal(e.getKey(), counts.get(e.getKey()), words.money(e.getValue(), locale)))
                .toList();
    }

    LineView line(FeeLineRevision revision, List<FeeLineChange> changes, CurrentUser coordinator, Locale locale) {
        FeeLine line = revision.line();
        AssignmentDetails work = assignments.get(line.assignmentId(), coordinator);
        Map<UUID, String> names = new HashMap<>();
        String approved = revision.approvedAt() == null ? null
                : words.text("fees.line.approved-by", locale, name(revision.approvedBy(), names),
                        words.time(revision.approvedAt(), locale));
        List<ChangeRow> history = changes.stream().map(c -> new ChangeRow(words.money(c.oldTotal(), locale),
                words.money(c.newTotal(), locale), c.reason(), name(c.changedBy(), names), words.time(c.changedAt(),
                        locale))).toList();
        LineRow row = row(revision, locale);
        return new LineView(line.id(), line.assignmentId(), work.request().title(), work.expertName(),
                work.requesterName(), words.day(line.workDate(), locale), row.kind(), row.quantity(), row.total(),
                line.status(), revision.version(), row.draft(), row.correctable(), row.corrected(), approved, history,
                holdKey(heldDrafts(List.of(revision), coordinator).get(line.assignmentId())));
    }

    /** The experts of the pool by name, for the filter; those who have left too, if they have lines. */
    Map<UUID, String> experts(CurrentUser coordinator) {
        Map<UUID, String> experts = new LinkedHashMap<>();
        identity.peopleOf(coordinator.organisationId(), fi.valita.identity.Role.EXPERT).stream()
                .sorted(java.util.Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(a -> experts.put(a.id(), a.displayName()));
        return experts;
    }

    /** The organisations the pool works for: its own and its clients. */
    Map<UUID, String> requesters(CurrentUser coordinator) {
        Map<UUID, String> requesters = new LinkedHashMap<>();
        identity.organisation(coordinator.organisationId()).ifPresent(o -> requesters.put(o.id(), o.name()));
        identity.clientsOf(coordinator.organisationId()).forEach(o -> requesters.put(o.id(), o.name()));
        return requesters;
    }

    private LineRow row(FeeLineRevision revision, Locale locale) {
        FeeLine line = revision.line();
        FeeLineStatus status = line.status();
        return new LineRow(line.id(), words.kind(line, locale), words.quantityTimesUnit(line, locale),
                words.money(line.total(), locale), status, revision.version(), status == FeeLineStatus.DRAFT,
                status == FeeLineStatus.DRAFT || status == FeeLineStatus.APPROVED, FeeWords.corrected(line));
    }

    private String name(@Nullable UUID person, Map<UUID, String> names) {
        if (person == null) {
            return "";
        }
        return names.computeIfAbsent(person, id -> identity.account(id).map(UserAccount::displayName).orElse(""));
    }
}
