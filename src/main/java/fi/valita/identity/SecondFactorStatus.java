package fi.valita.identity;

/**
 * What second factor a person has.
 *
 * @param required whether their role must have one (admins and coordinators)
 */
public record SecondFactorStatus(int passkeys, boolean totp, int recoveryCodesLeft, boolean required) {

    /** A passkey or an authenticator app; recovery codes alone are not a factor. */
    public boolean enrolled() {
        return passkeys > 0 || totp;
    }
}
