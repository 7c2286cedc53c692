/** Orders of work from requesters to a pool (aggregate: WorkRequest) and their status. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "experts"})
@org.jspecify.annotations.NullMarked
package fi.valita.requests;
