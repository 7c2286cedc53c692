/** Ranks the experts of a pool for a work request, with the reasons for each place and for each one left out. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "identity", "experts", "requests", "assignments"})
@org.jspecify.annotations.NullMarked
package fi.valita.matching;
