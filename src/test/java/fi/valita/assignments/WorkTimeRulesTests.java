package fi.valita.assignments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.TaskType;
import fi.valita.requests.AreasRule;
import fi.valita.requests.FeeBasis;
import fi.valita.requests.RequestStatus;
import fi.valita.requests.WorkRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which times may be proposed for work asked for within a window of days, and until when: without Spring. */
class WorkTimeRulesTests {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");
    private static final WorkRequest WINDOW = request(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10));

    @Test
    void anyTimeFromTheFirstMorningToTheLastMidnightOfTheWindowInHelsinkiFits() {
        assertThatCode(() -> WorkTimes.checkTime(WINDOW, at("2027-03-01T00:00"), at("2027-03-01T02:00"), NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> WorkTimes.checkTime(WINDOW, at("2027-03-10T22:00"), at("2027-03-11T00:00"), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void aTimeOutsideTheWindowEndingBeforeItStartsOrAlreadyBegunIsRefusedWithItsField() {
        assertRefused(at("2027-02-28T23:00"), at("2027-03-01T01:00"), NOW, "assignments.error.time-outside-window");
        assertRefused(at("2027-03-10T23:00"), at("2027-03-11T00:30"), NOW, "assignments.error.time-outside-window");
        assertRefused(at("2027-03-02T12:00"), at("2027-03-02T12:00"), NOW, "assignments.error.time-end-before-start");
        assertRefused(at("2027-03-02T12:00"), at("2027-03-02T14:00"), at("2027-03-02T12:01"),
                "assignments.error.time-past");
        assertThatThrownBy(() -> WorkTimes.checkTime(request(null, null), at("2027-03-02T12:00"),
                at("2027-03-02T14:00"), NOW)).hasMessage("assignments.error.time-not-a-window");
    }

    @Test
    void theTimeStaysOpenToChangeUntilAnAgreedStartAndOnlyWhileTheWorkIsConfirmed() {
        Instant start = at("2027-03-02T12:00");
        assertThat(WorkTimes.changeable(assignment(null, AssignmentStatus.CONFIRMED), NOW)).isTrue();
        assertThat(WorkTimes.changeable(assignment(start, AssignmentStatus.CONFIRMED), start.minusSeconds(1))).isTrue();
        assertThat(WorkTimes.changeable(assignment(start, AssignmentStatus.CONFIRMED), start)).isFalse();
        assertThat(WorkTimes.changeable(assignment(null, AssignmentStatus.CANCELLED), NOW)).isFalse();
        assertThat(WorkTimes.changeable(assignment(null, AssignmentStatus.COMPLETED), NOW)).isFalse();
    }

    private static void assertRefused(Instant start, Instant end, Instant now, String key) {
        assertThatThrownBy(() -> WorkTimes.checkTime(WINDOW, start, end, now)).isInstanceOf(AssignmentRefused.class)
                .hasMessage(key).extracting(e -> ((AssignmentRefused) e).field()).isNotNull();
    }

    private static Instant at(String helsinkiTime) {
        return LocalDateTime.parse(helsinkiTime).atZone(HELSINKI).toInstant();
    }

    private static Assignment assignment(@Nullable Instant start, AssignmentStatus status) {
        return new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), start, start == null ? null : start.plusSeconds(7200), status,
                null, null, NOW, EngagementForm.FEE_BASED_ASSIGNMENT);
    }

    private static WorkRequest request(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new WorkRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(),
                "Work", null, TaskType.TEACHING, List.of(), AreasRule.ANY, null, null, "fi", null, null, from, to, true,
                null, null, null, 1, FeeBasis.VOLUNTEER, null, "Contact", null, null, null, RequestStatus.NEW, null,
                0, NOW);
    }
}
