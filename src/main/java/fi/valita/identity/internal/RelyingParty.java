package fi.valita.identity.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's WebAuthn relying party for Välitä's own address ({@code valita.base-url}: its
 * host is the relying party id and its origin the only one accepted), with the JSON form browsers
 * exchange. Made on first use, so that a server started on a free port (port 0, in tests) knows its port by then.
 */
@Component
public class RelyingParty {

    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION =
            new TypeReference<>() {};

    private final PasskeyUsers users;
    private final JdbcUserCredentialRepository credentials;
    private final Environment environment;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private volatile @Nullable Webauthn4JRelyingPartyOperations operations;

    RelyingParty(PasskeyUsers users, JdbcTemplate jdbc, Environment environment) {
        this.users = users;
        this.credentials = new JdbcUserCredentialRepository(jdbc);
        this.environment = environment;
    }

    public PublicKeyCredentialCreationOptions creationOptions(Authentication signedIn) {
        return operations().createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(signedIn));
    }

    /** Checks the browser's new credential against the options it was given and stores it. */
    public CredentialRecord register(PublicKeyCredentialCreationOptions options, String body) {
        RelyingPartyPublicKey key = json.readValue(body, RelyingPartyPublicKey.class);
        return operations().registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, key));
    }

    public PublicKeyCredentialRequestOptions requestOptions(Authentication signedIn) {
        return operations().createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(signedIn));
    }

    /** The user entity whose passkey signed the challenge; throws when the signature does not hold. */
    public PublicKeyCredentialUserEntity authenticate(PublicKeyCredentialRequestOptions options, String body) {
        PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(body, ASSERTION);
        return operations().authenticate(new RelyingPartyAuthenticationRequest(options, credential));
    }

    public String toJson(Object options) {
        return json.writeValueAsString(options);
    }

    public List<CredentialRecord> passkeysOf(String handle) {
        return credentials.findByUserId(Bytes.fromBase64(handle));
    }

    public void remove(Bytes credentialId) {
        credentials.delete(credentialId);
    }

    private Webauthn4JRelyingPartyOperations operations() {
        Webauthn4JRelyingPartyOperations made = operations;
        if (made == null) {
            URI base = URI.create(environment.getRequiredProperty("valita.base-url"));
            int port = base.getPort() == 0 ? environment.getRequiredProperty("local.server.port", Integer.class) : base.getPort();
            String origin = base.getScheme() + "://" + base.getHost() + (port < 0 ? "" : ":" + port);
            made = new Webauthn4JRelyingPartyOperations(users, credentials,
                    PublicKeyCredentialRpEntity.builder().id(base.getHost()).name("Välitä").build(), Set.of(origin));
            operations = made;
        }
        return made;
    }
}
