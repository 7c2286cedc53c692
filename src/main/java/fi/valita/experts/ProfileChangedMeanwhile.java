package fi.valita.experts;

/** Someone saved the profile after this edit was started; the edit must be checked and saved again. */
public class ProfileChangedMeanwhile extends RuntimeException {

    public ProfileChangedMeanwhile() {
        super("The profile was changed by someone else");
    }
}
