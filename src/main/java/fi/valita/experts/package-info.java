/** The pool of experts by experience: profiles, lived-experience areas, task types, trainings, availability, limits. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity"})
@org.jspecify.annotations.NullMarked
package fi.valita.experts;
