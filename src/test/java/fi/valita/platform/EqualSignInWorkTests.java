package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import fi.valita.identity.Identity;
import fi.valita.identity.Invite;
import fi.valita.identity.Role;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An unknown address, an invited account not yet activated and an active account with a wrong password each
 * cost one password-hash check and get the same refusal, so that neither the answer nor its time tells them
 * apart (issue 9). Counted rather than timed: the sign-in is the application's, with the password encoder
 * wrapped to count its checks.
 */
@ValitaTest
class EqualSignInWorkTests {

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    private final AtomicInteger hashChecks = new AtomicInteger();

    @Test
    void unknownInvitedAndActiveAccountsEachCostOneHashCheck() {
        var pool = pools.ngoPool("Equal work");
        String invited = "invited-" + UUID.randomUUID() + "@test.example";
        identity.invite(new Invite(invited, "Invited", Role.EXPERT, pool.organisation().id(), null, Locale.of("fi")),
                pool.coordinator());
        AuthenticationManager signIn = new SecurityConfiguration().authenticationManager(users, counting(), throttle);

        for (String email : new String[] {"nobody-" + UUID.randomUUID() + "@test.example", invited, pool.expert().email()}) {
            hashChecks.set(0);
            assertThatThrownBy(() -> signIn.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(email, "not-" + TestPools.PASSWORD)))
                    .as(email)
                    .isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(hashChecks.get()).as(email).isEqualTo(1);
        }
    }

    private PasswordEncoder counting() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return passwordEncoder.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                hashChecks.incrementAndGet();
                return passwordEncoder.matches(rawPassword, encodedPassword);
            }
        };
    }
}
