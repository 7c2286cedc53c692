package fi.valita.identity.web;

import jakarta.validation.constraints.NotBlank;

/** A new password, typed twice; {@code PasswordRules} decide whether it may be used. */
record NewPasswordForm(@NotBlank String password, @NotBlank String passwordAgain) {

    static NewPasswordForm empty() {
        return new NewPasswordForm("", "");
    }
}
