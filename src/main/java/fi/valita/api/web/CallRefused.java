package fi.valita.api.web;

import org.jspecify.annotations.Nullable;

/** A call the API itself refuses before any module sees it, e.g. no pool named when several serve; answers 422. */
class CallRefused extends RuntimeException {

    private final @Nullable String field;

    CallRefused(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    @Nullable String field() {
        return field;
    }
}
