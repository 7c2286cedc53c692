package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.valita.TestPools;
import fi.valita.ValitaTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Inviting, failing to sign in and e-mailing write no names or addresses into the application log. */
@ValitaTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestPools pools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void invitationAndFailedLoginsLeaveNoPersonalDataInTheLog(CapturedOutput output) {
        var ngo = pools.ngoPool("Quiet NGO");
        String email = "kaamos.kettunen@log.example";

        mvc.post().uri("/coordinator/invitations/new").with(user(ngo.coordinator())).with(csrf())
                .param("displayName", "Kaamos Kettunen").param("email", email).param("role", "EXPERT")
                .param("organisationId", ngo.organisation().id().toString()).param("unitId", "")
                .param("language", "fi")
                .exchange();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from sent_mail where recipient = :r")
                .param("r", email).query(Integer.class).single() == 1);
        for (int i = 0; i < 6; i++) {
            mvc.post().uri("/login").with(csrf()).param("username", ngo.expert().email()).param("password", "wrong-" + i)
                    .exchange();
        }

        assertThat(output.getAll())
                .doesNotContain(email, "Kaamos", ngo.expert().email(), ngo.coordinator().email(), "wrong-1");
    }
}
