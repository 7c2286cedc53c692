package fi.valita.api.web;

/** A path names nothing the caller may see; answers 404 like the modules' own not-found exceptions. */
class NoSuchResource extends RuntimeException {

    NoSuchResource(String thing) {
        super("No such " + thing);
    }
}
