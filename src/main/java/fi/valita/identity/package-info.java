/** Organisations and their units, users and roles, login and invitations. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package fi.valita.identity;
