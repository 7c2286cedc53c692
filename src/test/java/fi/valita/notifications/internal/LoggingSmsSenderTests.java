package fi.valita.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without a gateway a text message is only logged, and the log gets neither the number nor the text. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsSenderTests {

    @Test
    void logShowsIdAndLengthButNotTheNumberOrText(CapturedOutput output) {
        UUID id = new LoggingSmsSender().send("+358401234567", "Muistutus: huomenna klo 9 Äänekoskella");

        assertThat(output.getAll()).contains(id.toString(), "38 characters")
                .doesNotContain("358401234567").doesNotContain("Muistutus").doesNotContain("Äänekoskella");
    }
}
