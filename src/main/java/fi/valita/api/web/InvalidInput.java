package fi.valita.api.web;

import fi.valita.platform.ProblemField;
import java.util.ArrayList;
import java.util.List;

/** Values in a call that could not be read, e.g. an id that is no id; answers 400 with the fields. */
class InvalidInput extends RuntimeException {

    private final List<ProblemField> fields;

    InvalidInput(List<ProblemField> fields) {
        super("Invalid input in " + fields.size() + " fields");
        this.fields = List.copyOf(fields);
    }

    List<ProblemField> fields() {
        return fields;
    }

    /** Collects the fields at fault while a body is read. */
    static final class Collector {
        private final List<ProblemField> fields = new ArrayList<>();

        void reject(String field, String message) {
            fields.add(new ProblemField(field, message));
        }

        void throwIfAny() {
            if (!fields.isEmpty()) {
                throw new InvalidInput(fields);
            }
        }
    }
}
