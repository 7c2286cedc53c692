package fi.valita.fees;

/** How close a volunteer is to a yearly tax-free cap. */
public enum CapLevel {
    /** Well under the cap. */
    UNDER,
    /** At 80 % of the cap or more, or the next addition would pass it. */
    NEAR,
    /** Over the cap: the part over it is taxable income. */
    PASSED,
    /** No cap in the parameter table for the year: someone has to add it. */
    CAP_MISSING;

    static final int NEAR_PERCENT = 80;

    /**
     * The level of {@code used} against {@code cap} when the next addition would be {@code next} (0 when
     * none is being added).
     */
    public static CapLevel of(long used, long cap, long next) {
        if (used > cap) {
            return PASSED;
        }
        if (used + next > cap || used * 100 >= cap * NEAR_PERCENT) {
            return NEAR;
        }
        return UNDER;
    }

    public boolean warns() {
        return this != UNDER;
    }
}
