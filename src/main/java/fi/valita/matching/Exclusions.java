package fi.valita.matching;

import fi.valita.experts.ExpertProfile;
import fi.valita.experts.WeeklySlot;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.WorkRequest;
import fi.valita.shared.Municipality;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The rules that keep an expert out of the ranking. */
final class Exclusions {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private Exclusions() {}

    /**
     * Reasons nobody may override: offering the work would break the expert's own limits (including their wish
     * for volunteer work only) or could not reach them.
     */
    static List<Reason> firm(WorkRequest request, ExpertProfile expert, MatchingFacts facts) {
        List<Reason> why = new ArrayList<>();
        if (!facts.activeAccounts().contains(expert.id())) {
            why.add(Reason.of("matching.excluded.inactive"));
        }
        if (!facts.poolsServingRequester().contains(expert.organisationId())) {
            why.add(Reason.of("matching.excluded.not-serving"));
        }
        if (expert.isOnBreak(facts.today())) {
            why.add(Reason.of("matching.excluded.on-break"));
        }
        if (request.feeBasis() != FeeBasis.VOLUNTEER && expert.pausesFeeWorkOn(firstDay(request))) {
            LocalDate until = Objects.requireNonNull(expert.feeWorkPause()).until();
            why.add(until == null ? Reason.of("matching.excluded.volunteer-only")
                    : Reason.of("matching.excluded.volunteer-only-until", until));
        }
        engagementForm(request, expert).ifPresent(why::add);
        if (request.hasFixedTime() && facts.booked().contains(expert.id())) {
            why.add(Reason.of("matching.excluded.booked"));
        }
        var workload = facts.workloadOf(expert.id());
        Integer perMonth = expert.maxAssignmentsPerMonth();
        if (perMonth != null && workload.assignmentsInMonth() >= perMonth) {
            why.add(Reason.of("matching.excluded.month-limit", workload.assignmentsInMonth(), perMonth));
        }
        Integer perWeek = expert.maxHoursPerWeek();
        if (perWeek != null && request.hasFixedTime()
                && workload.hoursInWeek() + CandidateRanking.hours(request) > perWeek) {
            why.add(Reason.of("matching.excluded.week-limit", workload.hoursInWeek(), CandidateRanking.hours(request), perWeek));
        }
        why.addAll(answeredThisRequest(expert, facts));
        return why;
    }

    /**
     * None of the expert's engagement forms allows the work (a volunteer for paid work, an assignment for a fee or an
     * employment for volunteer work), or no form is on the profile: nobody may offer it, as the form decides what the
     * law lets the pool pay.
     */
    static Optional<Reason> engagementForm(WorkRequest request, ExpertProfile expert) {
        if (expert.engagementForms().isEmpty()) {
            return Optional.of(Reason.of("matching.excluded.no-engagement-form"));
        }
        if (request.feeBasis().fittingAmong(expert.engagementForms()).isEmpty()) {
            return Optional.of(Reason.of(request.feeBasis().isPaid() ? "matching.excluded.form-not-for-paid-work"
                    : "matching.excluded.form-not-for-volunteer-work"));
        }
        return Optional.empty();
    }

    /** Reasons the coordinator may weigh otherwise, for example when the language or the travel can be agreed. */
    static List<Reason> soft(WorkRequest request, ExpertProfile expert, MatchingFacts facts) {
        List<Reason> why = new ArrayList<>();
        if (!expert.languages().contains(request.language())) {
            why.add(Reason.of("matching.excluded.language", new Reason.Term("experts.language." + request.language())));
        }
        if (request.remote() && !expert.worksRemotely()) {
            why.add(Reason.of("matching.excluded.no-remote"));
        }
        Integer range = expert.travelKm();
        Optional<Double> km = distanceKm(request, expert, facts);
        if (!request.remote() && range != null && km.isPresent() && km.get() > range) {
            why.add(Reason.of("matching.excluded.travel", Math.round(km.get()), range));
        }
        if (request.hasFixedTime() && !expert.availability().isEmpty() && !covers(expert.availability(), request)) {
            why.add(Reason.of("matching.excluded.unavailable"));
        }
        why.addAll(cancelledThisRequest(expert, facts));
        why.addAll(untrained(request, expert, facts));
        return why;
    }

    /**
     * The pool requires a confirmed expert-by-experience training for this kind of work, valid on its first day,
     * and the expert has none (or only their own word for one). The pool's own rule, not the expert's limit, and
     * the coordinator may know better (the certificate is on its way, the requester does not mind): so it leaves
     * the expert out but never firmly.
     */
    static List<Reason> untrained(WorkRequest request, ExpertProfile expert, MatchingFacts facts) {
        LocalDate day = firstDay(request);
        if (!facts.trainingRequired().contains(request.taskType()) || expert.isTrained(day)) {
            return List.of();
        }
        return List.of(Reason.of(expert.hasSelfDeclaredTraining(day)
                ? "matching.excluded.training-unconfirmed" : "matching.excluded.training-missing"));
    }

    /**
     * The expert's standing offer of this very request: it is waiting for their answer, they said no, they let it
     * expire, or they have the work. The same request is never offered to them twice, so nobody can pick them.
     */
    static List<Reason> answeredThisRequest(ExpertProfile expert, MatchingFacts facts) {
        return facts.earlierOfferTo(expert.id()).flatMap(earlier -> switch (earlier.outcome()) {
            case WAITING -> Optional.of(dated("matching.excluded.offer-waiting", earlier.at()));
            case DECLINED -> Optional.of(dated("matching.excluded.declined", earlier.at()));
            case EXPIRED -> Optional.of(dated("matching.excluded.offer-expired", earlier.at()));
            case TAKEN -> Optional.of(Reason.of("matching.excluded.has-this-work"));
            case CANCELLED_BY_EXPERT, CANCELLED_BY_OTHERS -> Optional.<Reason>empty();
        }).stream().toList();
    }

    /**
     * The expert's assignment of this very request was called off, most often because they fell ill, and the
     * request reopened. Proposing them first again would be wrong, so they are left out; but the coordinator may
     * know they have recovered and offer the work back to them by hand, so this is no firm rule. The cancellation
     * weighs nothing beyond this request: it never counts in fair rotation (see {@link CandidateRanking}).
     */
    static List<Reason> cancelledThisRequest(ExpertProfile expert, MatchingFacts facts) {
        return facts.earlierOfferTo(expert.id()).flatMap(earlier -> switch (earlier.outcome()) {
            case CANCELLED_BY_EXPERT -> Optional.of(dated("matching.excluded.cancelled-by-expert", earlier.at()));
            case CANCELLED_BY_OTHERS -> Optional.of(dated("matching.excluded.cancelled", earlier.at()));
            default -> Optional.<Reason>empty();
        }).stream().toList();
    }

    /** The reason with the Helsinki day it happened, or its undated variant when the day is not known. */
    private static Reason dated(String code, @Nullable Instant at) {
        return at == null ? Reason.of(code + ".undated") : Reason.of(code, at.atZone(HELSINKI).toLocalDate());
    }

    /**
     * The first day the work can be done, in Helsinki: the start, or the window's first day. A window that
     * begins within an expert's pause of fee-based work counts as within it, since nothing says the work
     * will wait for the pause to end.
     */
    static LocalDate firstDay(WorkRequest request) {
        if (request.startsAt() != null) {
            return request.startsAt().atZone(HELSINKI).toLocalDate();
        }
        return Objects.requireNonNull(request.windowFrom());
    }

    /** Between the centres of the expert's home municipality and the request's, if both are known. */
    static Optional<Double> distanceKm(WorkRequest request, ExpertProfile expert, MatchingFacts facts) {
        if (request.municipalityCode() == null || expert.homeMunicipality() == null) {
            return Optional.empty();
        }
        Optional<Municipality> place = facts.municipalities().apply(request.municipalityCode());
        Optional<Municipality> home = facts.municipalities().apply(expert.homeMunicipality());
        return place.isPresent() && home.isPresent() ? Optional.of(home.get().distanceKm(place.get())) : Optional.empty();
    }

    /**
     * Whether the weekly pattern covers the whole fixed time, in Helsinki time; back-to-back slots count as one.
     * A time over midnight is never inside a weekly pattern (such work is agreed by hand).
     */
    static boolean covers(List<WeeklySlot> pattern, WorkRequest request) {
        ZonedDateTime from = Objects.requireNonNull(request.startsAt()).atZone(HELSINKI);
        ZonedDateTime to = Objects.requireNonNull(request.endsAt()).atZone(HELSINKI);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return false;
        }
        return coveredOn(pattern, from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime());
    }

    private static boolean coveredOn(List<WeeklySlot> pattern, DayOfWeek day, LocalTime from, LocalTime to) {
        LocalTime reached = from;
        List<WeeklySlot> slots = pattern.stream()
                .filter(s -> s.day() == day)
                .sorted(Comparator.comparing(WeeklySlot::startsAt))
                .toList();
        for (WeeklySlot slot : slots) {
            if (!slot.startsAt().isAfter(reached) && slot.endsAt().isAfter(reached)) {
                reached = slot.endsAt();
            }
        }
        return !reached.isBefore(to);
    }
}
