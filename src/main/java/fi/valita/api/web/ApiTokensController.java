package fi.valita.api.web;

import fi.valita.api.ApiToken;
import fi.valita.api.ApiTokens;
import fi.valita.api.IssuedToken;
import fi.valita.identity.CodeCheck;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.SecondFactors;
import fi.valita.platform.LoginLockedOut;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tokens for the API: made by signing in with e-mail and password through the same
 * authentication as the sign-in page (so the same lockout after failed tries applies), listed
 * and revoked by their owner.
 */
@RestController
@RequestMapping(value = "/api/v1/auth/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tokens", description = "Bearer tokens for the other calls")
class ApiTokensController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final Clock clock;
    private final SecondFactors secondFactors;

    ApiTokensController(AuthenticationManager authentication, ApiTokens tokens, Clock clock,
            SecondFactors secondFactors) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.clock = clock;
        this.secondFactors = secondFactors;
    }

    /** @param label a name to tell the token apart later, e.g. the program that uses it */
    record Credentials(
            @NotBlank @Size(max = 254) String username,
            @NotBlank @Size(max = 200) String password,
            @Schema(description = "A name to tell the token apart later; \"API\" when left out")
            @Nullable @Size(max = 100) String label,
            @Schema(description = "The code of your authenticator app, or a recovery code: needed when your account "
                    + "signs in with a second step (always for admins and coordinators)")
            @Nullable @Size(max = 40) String oneTimeCode) {}

    /** @param token the secret to send as {@code Authorization: Bearer <token>}; shown only this once */
    record NewToken(String id, String token, String label, OffsetDateTime expiresAt) {}

    record Token(String id, String label, OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt,
            OffsetDateTime expiresAt, @Nullable OffsetDateTime revokedAt, boolean usable) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Sign in and get a new token",
            description = "Five wrong passwords in a row lock the account for a while, as on the sign-in page.")
    NewToken createToken(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        CurrentUser user = signIn(credentials, request);
        requireSecondFactor(user, credentials.oneTimeCode());
        String label = credentials.label() == null || credentials.label().isBlank() ? "API" : credentials.label();
        IssuedToken issued = tokens.issue(user, label);
        return new NewToken(OpaqueIds.of(issued.token().id()), issued.secret(), issued.token().label(),
                ApiTimes.at(issued.token().expiresAt()));
    }

    @GetMapping
    @Operation(summary = "Your own tokens, newest first, without their secrets")
    List<Token> listTokens(@AuthenticationPrincipal CurrentUser user) {
        return tokens.of(user).stream().map(this::json).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of your tokens; it stops working at once")
    void revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        tokens.revoke(OpaqueIds.inPath(id, "token"), user);
    }

    /** With the request's details, so that the client address counts in the login throttle as on the sign-in page. */
    private CurrentUser signIn(Credentials credentials, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        try {
            Authentication result = authentication.authenticate(attempt);
            if (result.getPrincipal() instanceof CurrentUser user) {
                return user;
            }
            throw new IllegalStateException("Sign-in gave no Välitä user");
        } catch (AuthenticationException e) {
            throw new SignInRefused(e instanceof LoginLockedOut);
        }
    }

    /**
     * A token is as strong as a signed-in session: whoever signs in with a second step (and all
     * staff, who must) gives the app's code or a recovery code too. Passkeys need a browser.
     */
    private void requireSecondFactor(CurrentUser user, @Nullable String code) {
        boolean hasFactor = secondFactors.hasFactor(user);
        if (!hasFactor && !secondFactors.requiredFor(user)) {
            return;
        }
        if (!secondFactors.statusOf(user).totp()) {
            throw SecondFactorNeeded.app();
        }
        if (code == null || code.isBlank()) {
            throw SecondFactorNeeded.code();
        }
        CodeCheck check = code.strip().length() <= 8
                ? secondFactors.checkTotp(user, code) : secondFactors.useRecoveryCode(user, code);
        if (check == CodeCheck.LOCKED) {
            throw SecondFactorNeeded.locked();
        }
        if (check != CodeCheck.ACCEPTED) {
            throw SecondFactorNeeded.code();
        }
    }

    private Token json(ApiToken t) {
        return new Token(OpaqueIds.of(t.id()), t.label(), ApiTimes.at(t.createdAt()), ApiTimes.of(t.lastUsedAt()),
                ApiTimes.at(t.expiresAt()), ApiTimes.of(t.revokedAt()), t.isUsable(clock));
    }
}
