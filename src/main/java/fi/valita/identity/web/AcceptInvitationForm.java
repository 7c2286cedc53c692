package fi.valita.identity.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person fills in when they open their invitation link. */
record AcceptInvitationForm(
        @NotBlank @Size(min = 12, max = 128) String password,
        @NotBlank String passwordAgain,
        @AssertTrue(message = "{identity.accept.privacy.required}") boolean privacyAccepted) {

    static AcceptInvitationForm empty() {
        return new AcceptInvitationForm("", "", false);
    }
}
