package fi.valita.fees;

import java.time.LocalDate;

/** A fee parameter whose last row ends on {@code lastDay}: after it, the rule has no value until a row is added. */
public record FeeParameterEnding(String key, LocalDate lastDay) {}
