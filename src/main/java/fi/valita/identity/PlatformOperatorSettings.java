package fi.valita.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs the Välitä instance: the sign-in e-mails of the platform operators, who alone change the national
 * tables (tax-free rates, benefit limits) and are told when an organisation's only admin grants the payroll
 * permission. Read from the configuration ({@code VALITA_PLATFORM_OPERATORS}, comma-separated) at start-up and
 * never granted in the app.
 *
 * @param platformOperators sign-in e-mails; empty: nobody may change the national tables
 */
@ConfigurationProperties("valita")
public record PlatformOperatorSettings(@DefaultValue List<String> platformOperators) {}
