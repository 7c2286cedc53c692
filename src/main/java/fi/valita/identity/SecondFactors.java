package fi.valita.identity;

import fi.valita.identity.internal.PasskeyUsers;
import fi.valita.identity.internal.RelyingParty;
import fi.valita.identity.internal.SecondFactorRecords;
import fi.valita.identity.internal.SecondFactorRecords.Event;
import fi.valita.identity.internal.SecondFactorRecords.Person;
import fi.valita.identity.internal.Totp;
import fi.valita.identity.internal.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor beside the password: a TOTP authenticator app, recovery codes, and the
 * bookkeeping of passkeys (their ceremonies are in {@link Passkeys}). Admins and coordinators must
 * have one; experts and requesters may. An admin resets a colleague's lost factor; every change is logged.
 */
@Service
public class SecondFactors {

    /** The authorities a session gets for each second factor, beside Spring Security's FACTOR_PASSWORD. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";
    public static final List<String> SECOND_FACTOR_AUTHORITIES =
            List.of(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, TOTP_AUTHORITY, RECOVERY_CODE_AUTHORITY);

    static final int RECOVERY_CODES = 10;
    private static final int FAILURES_BEFORE_LOCK = 5;
    private static final Duration LOCK = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecondFactorRecords records;
    private final PasskeyUsers passkeyUsers;
    private final UserAccounts accounts;
    private final SecondFactorSettings settings;
    private final Clock clock;
    private final Totp totp = Totp.standard();

    SecondFactors(SecondFactorRecords records, PasskeyUsers passkeyUsers, UserAccounts accounts,
            SecondFactorSettings settings, Clock clock) {
        this.records = records;
        this.passkeyUsers = passkeyUsers;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the authorities show a second factor proved in this session. */
    public static boolean proved(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().anyMatch(a -> SECOND_FACTOR_AUTHORITIES.contains(a.getAuthority()));
    }

    /** Admins and coordinators (every payroll holder is one) must have a second factor, when required at all. */
    public boolean requiredFor(CurrentUser user) {
        return settings.secondFactorRequired() && user.coordinates();
    }

    /** Whether the person has a passkey or an authenticator app to prove at sign-in. */
    @Transactional(readOnly = true)
    public boolean hasFactor(CurrentUser user) {
        return records.hasTotp(user.id()) || passkeyUsers.passkeyCount(user.id()) > 0;
    }

    @Transactional(readOnly = true)
    public SecondFactorStatus statusOf(CurrentUser user) {
        return new SecondFactorStatus(passkeyUsers.passkeyCount(user.id()), records.hasTotp(user.id()),
                records.recoveryCodesLeft(user.id()), requiredFor(user));
    }

    /** A new random secret for an authenticator app: 160 bits, as RFC 4226 recommends. */
    public byte[] newTotpSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** Keeps the secret if the typed code shows the person's app has it; the code is then used. */
    @Transactional
    public boolean enrolTotp(CurrentUser user, byte[] secret, String typed) {
        OptionalLong step = totp.matchingStep(secret, typed, Instant.now(clock), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return false;
        }
        records.saveTotp(user.id(), secret, step.getAsLong(), Instant.now(clock));
        records.log(user.organisationId(), user.id(), user.id(), "TOTP_ADDED", Instant.now(clock));
        return true;
    }

    @Transactional
    public void removeTotp(CurrentUser user) {
        if (records.removeTotp(user.id())) {
            records.log(user.organisationId(), user.id(), user.id(), "TOTP_REMOVED", Instant.now(clock));
        }
    }

    /** Checks a code from the person's authenticator app; each code works once. */
    @Transactional
    public CodeCheck checkTotp(CurrentUser user, String typed) {
        if (locked(user)) {
            return CodeCheck.LOCKED;
        }
        var secret = records.totpOf(user.id());
        OptionalLong step = secret.isEmpty() ? OptionalLong.empty()
                : totp.matchingStep(secret.get().secret(), typed, Instant.now(clock), secret.get().lastUsedStep());
        if (step.isEmpty()) {
            return failure(user);
        }
        records.markTotpStepUsed(user.id(), step.getAsLong());
        records.clearFailures(user.id());
        return CodeCheck.ACCEPTED;
    }

    /** Uses one of the person's recovery codes, if the typed one is unused. */
    @Transactional
    public CodeCheck useRecoveryCode(CurrentUser user, String typed) {
        if (locked(user)) {
            return CodeCheck.LOCKED;
        }
        if (!records.useRecoveryCode(user.id(), hash(normalised(typed)), Instant.now(clock))) {
            return failure(user);
        }
        records.clearFailures(user.id());
        records.log(user.organisationId(), user.id(), user.id(), "RECOVERY_CODE_USED", Instant.now(clock));
        return CodeCheck.ACCEPTED;
    }

    /** New recovery codes, shown to the person this once; earlier ones stop working. */
    @Transactional
    public List<String> makeRecoveryCodes(CurrentUser user) {
        List<String> codes = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomCode();
            codes.add(code);
            hashes.add(hash(normalised(code)));
        }
        records.replaceRecoveryCodes(user.id(), hashes, Instant.now(clock));
        records.log(user.organisationId(), user.id(), user.id(), "RECOVERY_CODES_MADE", Instant.now(clock));
        return codes;
    }

    /** Logs a passkey the person added or removed (the ceremony itself is in {@link Passkeys}). */
    @Transactional
    public void logPasskey(CurrentUser user, boolean added) {
        records.log(user.organisationId(), user.id(), user.id(), added ? "PASSKEY_ADDED" : "PASSKEY_REMOVED",
                Instant.now(clock));
    }

    /**
     * The lost-device path: an admin removes a colleague's passkeys, authenticator app and recovery
     * codes, so that the colleague enrols anew after their password. Logged with who did it.
     */
    @Transactional
    public void resetByAdmin(CurrentUser admin, UUID personId) {
        if (!admin.is(Role.ADMIN)) {
            throw SecondFactorRefused.notYourOrganisation();
        }
        var person = accounts.byId(personId)
                .filter(p -> p.organisationId().equals(admin.organisationId()))
                .orElseThrow(SecondFactorRefused::notYourOrganisation);
        if (person.id().equals(admin.id())) {
            throw SecondFactorRefused.ownFactor();
        }
        passkeyUsers.removeAllOf(person.id());
        records.removeTotp(person.id());
        records.removeRecoveryCodes(person.id());
        records.clearFailures(person.id());
        records.log(admin.organisationId(), person.id(), admin.id(), "RESET_BY_ADMIN", Instant.now(clock));
    }

    /** The admin's organisation's people and their factors. */
    @Transactional(readOnly = true)
    public List<Person> peopleOf(CurrentUser admin) {
        return records.peopleOf(admin.organisationId());
    }

    /** The admin's organisation's latest second-factor changes, newest first. */
    @Transactional(readOnly = true)
    public List<Event> eventsOf(CurrentUser admin) {
        return records.eventsOf(admin.organisationId(), 50);
    }

    private boolean locked(CurrentUser user) {
        Instant until = records.lockedUntil(user.id());
        return until != null && until.isAfter(Instant.now(clock));
    }

    private CodeCheck failure(CurrentUser user) {
        if (records.countFailure(user.id()) >= FAILURES_BEFORE_LOCK) {
            records.lock(user.id(), Instant.now(clock).plus(LOCK));
            return CodeCheck.LOCKED;
        }
        return CodeCheck.WRONG;
    }

    private static String randomCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
