package fi.valita.requests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a request is called off; the pool's coordinator and the requester both see the reason. */
record CancelForm(@NotBlank @Size(max = 500) String reason) {

    static CancelForm empty() {
        return new CancelForm("");
    }
}
