package fi.valita.payroll.internal;

/** Payroll storage as on an external database with no encryption key configured; it never reaches the database. */
public final class KeylessVaults {

    private KeylessVaults() {}

    public static PaymentDetailsVault vault() {
        return new PaymentDetailsVault(new PaymentDetailsRecords(null), new SealedValues(PayrollKeys.of(null, null)));
    }

    public static CodeAccessRecords accesses() {
        return new CodeAccessRecords(null);
    }
}
