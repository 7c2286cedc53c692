package fi.valita.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secondFactorRequired whether admins and coordinators (payroll holders are always one of
 *     them) must have a passkey or an authenticator app before they can use Välitä. On unless
 *     switched off; only the test profile does, because most tests sign staff in with a password only
 */
@ConfigurationProperties("valita.security")
public record SecondFactorSettings(@DefaultValue("true") boolean secondFactorRequired) {}
