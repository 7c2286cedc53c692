package fi.valita.api.web;

/** An assignment asked for within a window of days whose day and time are not agreed yet: no calendar file (404). */
class NoAgreedTime extends RuntimeException {

    NoAgreedTime() {
        super("The assignment has no agreed time yet");
    }
}
