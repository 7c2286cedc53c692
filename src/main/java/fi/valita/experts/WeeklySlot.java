package fi.valita.experts;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A time in the week when the expert is usually available. */
public record WeeklySlot(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {}
