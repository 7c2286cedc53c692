/** Brokers work requests to experts: offers, acceptance, the assignment lifecycle, completion, feedback. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "identity", "experts", "requests"})
@org.jspecify.annotations.NullMarked
package fi.valita.assignments;
