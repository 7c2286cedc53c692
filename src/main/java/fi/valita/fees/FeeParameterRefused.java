package fi.valita.fees;

import fi.valita.shared.Money;
import java.util.List;

/** A change of an organisation's own parameter value the law does not allow; the message key is in i18n/fees. */
public class FeeParameterRefused extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    private FeeParameterRefused(String messageKey, String field, List<Object> arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs next to. */
    public String field() {
        return field;
    }

    /** The message's arguments, e.g. the national maximum. */
    public List<Object> arguments() {
        return arguments;
    }

    /** An organisation may set its own value only for the keys where the law lets it pay less. */
    public static FeeParameterRefused notOwnKey() {
        return new FeeParameterRefused("fees.parameters.error.not-own-key", "key", List.of());
    }

    /** An organisation's own value may not be higher than the national one. */
    public static FeeParameterRefused aboveNational(Money national) {
        return new FeeParameterRefused("fees.parameters.error.above-national", "value", List.of(national));
    }

    /** An organisation's own value needs a national one for every day of its period, to stay under. */
    public static FeeParameterRefused noNational() {
        return new FeeParameterRefused("fees.parameters.error.no-national", "validFrom", List.of());
    }
}
