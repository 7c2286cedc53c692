package fi.valita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two people (or two browser tabs) sending the same invitation link at the same moment. */
@ValitaTest
class ConcurrentAcceptanceTests {

    @Autowired
    TestPools pools;

    @Autowired
    Identity identity;

    @Autowired
    JdbcClient jdbc;

    @RepeatedTest(3)
    void onlyOneOfTwoSimultaneousAcceptancesSucceeds() throws Exception {
        var pool = pools.ngoPool("Race");
        String email = "race-" + UUID.randomUUID() + "@test.example";
        UserAccount account = identity.invite(
                new Invite(email, "Racer", Role.EXPERT, pool.organisation().id(), null, Locale.of("fi")),
                pool.coordinator());
        String token = new Mailbox(jdbc).awaitMail(email).invitationToken();

        var barrier = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (String password : List.of("ensimmäinen lumiukko sulaa", "toinen lumiukko sulaa myös")) {
                outcomes.add(threads.submit(() -> {
                    barrier.await();
                    try {
                        identity.acceptInvitation(token, password);
                        return password;
                    } catch (InvitationNotOpen e) {
                        return "refused";
                    }
                }));
            }
        }

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertThat(results).containsOnlyOnce("refused").hasSize(2);
        assertThat(identity.account(account.id()).orElseThrow().active()).isTrue();
        assertThat(jdbc.sql("select count(*) from invitation where user_id = :u and used_at is not null")
                .param("u", account.id()).query(Integer.class).single()).isEqualTo(1);
    }
}
