package fi.valita.platform;

import fi.valita.shared.Dates;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form fields bound to a day or a time read what people type the way {@link Dates} does (3.12.2026, 2026-12-03;
 * 10.15, 10:15), and write the value back as a date or time field wants it (2026-12-03, 10:15).
 */
@Configuration(proxyBeanMethods = false)
class DateFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) throws ParseException {
                return Dates.parseDate(text).orElseThrow(() -> new ParseException("Not a day: " + text, 0));
            }

            @Override
            public String print(LocalDate day, Locale locale) {
                return day.toString();
            }
        });
        registry.addFormatterForFieldType(LocalTime.class, new Formatter<LocalTime>() {
            @Override
            public LocalTime parse(String text, Locale locale) throws ParseException {
                return Dates.parseTime(text).orElseThrow(() -> new ParseException("Not a time: " + text, 0));
            }

            @Override
            public String print(LocalTime time, Locale locale) {
                return time.format(DateTimeFormatter.ofPattern("HH:mm"));
            }
        });
    }
}
