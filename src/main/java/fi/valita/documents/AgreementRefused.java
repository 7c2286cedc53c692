package fi.valita.documents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An acceptance the agreement's state does not allow; {@link #messageKey()} tells why. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class AgreementRefused extends RuntimeException {

    private final String messageKey;

    private AgreementRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The agreement changed between showing it and accepting it: the expert reads it again. */
    public static AgreementRefused changedMeanwhile() {
        return new AgreementRefused("documents.agreement.changed-meanwhile");
    }

    public static AgreementRefused cancelled() {
        return new AgreementRefused("documents.agreement.cancelled");
    }
}
