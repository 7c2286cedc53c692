/**
 * Documents made from the work: invoice summaries for requester organisations, experts' yearly fee
 * statements, and assignment agreements with the expert's acceptance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "identity", "experts", "requests", "assignments", "fees", "notifications"})
@org.jspecify.annotations.NullMarked
package fi.valita.documents;
