package fi.valita.experts.web;

/**
 * A form of one profile section. It carries the version of the profile it was filled in from,
 * so that a save over someone else's newer change is noticed.
 */
interface ProfileSectionForm<F extends ProfileSectionForm<F>> {

    int version();

    /** The same input, to be saved over the given (newer) version. */
    F withVersion(int version);
}
