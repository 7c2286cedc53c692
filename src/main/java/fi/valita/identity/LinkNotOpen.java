package fi.valita.identity;

/** A password reset or address change link that has expired, was used, or never existed. */
public class LinkNotOpen extends RuntimeException {

    /** Which kind of link, for the page that says so. */
    public enum Kind { PASSWORD_RESET, EMAIL_CHANGE }

    private final Kind kind;

    private LinkNotOpen(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public static LinkNotOpen passwordReset() {
        return new LinkNotOpen(Kind.PASSWORD_RESET);
    }

    public static LinkNotOpen emailChange() {
        return new LinkNotOpen(Kind.EMAIL_CHANGE);
    }

    public Kind kind() {
        return kind;
    }
}
