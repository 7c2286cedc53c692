package fi.valita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.valita.TestPools;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * TLS ended at a reverse proxy on the same machine or network (issue 9): the proxy's {@code X-Forwarded-Proto:
 * https} makes the session cookie Secure and adds HSTS. Through the real Tomcat, since its RemoteIpValve is
 * what reads the headers ({@code server.forward-headers-strategy=native}); MockMvc would skip it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
class BehindAProxyTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRequestTheProxyReceivedOverHttpsGetsASecureCookieAndHsts() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "https");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "HttpOnly"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void aPlainHttpRequestGetsNeither() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "http");

        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().noneMatch(cookie -> cookie.contains("Secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aNulCharacterInAFormFieldIsA400PageThatNamesTheField() throws Exception {
        HttpResponse<String> page = get("/login?username=a%00b", "Accept", "text/html", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("The field &quot;username&quot; has a character that cannot be saved");
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).headers(headers).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
