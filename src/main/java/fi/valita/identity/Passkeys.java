package fi.valita.identity;

import fi.valita.identity.internal.PasskeyUsers;
import fi.valita.identity.internal.RelyingParty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkeys through Spring Security's WebAuthn relying party: adding one to the signed-in person and
 * proving one at sign-in, after the password. The options a browser gets are kept by the caller (in
 * the session) and given back with the browser's answer.
 */
@Service
public class Passkeys {

    /** A passkey as the person sees it in their list. */
    public record Passkey(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {}

    private final RelyingParty relyingParty;
    private final PasskeyUsers users;
    private final SecondFactors secondFactors;

    Passkeys(RelyingParty relyingParty, PasskeyUsers users, SecondFactors secondFactors) {
        this.relyingParty = relyingParty;
        this.users = users;
        this.secondFactors = secondFactors;
    }

    @Transactional
    public PublicKeyCredentialCreationOptions creationOptions(Authentication signedIn) {
        return relyingParty.creationOptions(signedIn);
    }

    /** Stores the new passkey if the browser's answer holds; throws otherwise. */
    @Transactional
    public void register(CurrentUser user, PublicKeyCredentialCreationOptions options, String body) {
        CredentialRecord record = relyingParty.register(options, body);
        if (!users.accountOf(record.getUserEntityUserId()).map(user.id()::equals).orElse(false)) {
            relyingParty.remove(record.getCredentialId());
            throw SecondFactorRefused.noSuchPasskey();
        }
        secondFactors.logPasskey(user, true);
    }

    @Transactional(readOnly = true)
    public PublicKeyCredentialRequestOptions requestOptions(Authentication signedIn) {
        return relyingParty.requestOptions(signedIn);
    }

    /** Whether the browser's answer is a valid signature by one of this person's own passkeys. */
    @Transactional
    public boolean proves(CurrentUser user, PublicKeyCredentialRequestOptions options, String body) {
        try {
            var entity = relyingParty.authenticate(options, body);
            return users.accountOf(entity.getId()).map(user.id()::equals).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public List<Passkey> of(CurrentUser user) {
        Optional<String> handle = users.handleOf(user.id());
        return handle.map(h -> relyingParty.passkeysOf(h).stream()
                        .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
                                r.getLastUsed()))
                        .toList())
                .orElse(List.of());
    }

    /** Removes one of the person's own passkeys. */
    @Transactional
    public void remove(CurrentUser user, String id) {
        if (of(user).stream().noneMatch(p -> p.id().equals(id))) {
            throw SecondFactorRefused.noSuchPasskey();
        }
        relyingParty.remove(Bytes.fromBase64(id));
        secondFactors.logPasskey(user, false);
    }

    public String json(Object options) {
        return relyingParty.toJson(options);
    }
}
