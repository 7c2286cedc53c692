/** E-mail and other messages to people. Listens to other modules' events; never commands them. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "experts", "requests", "assignments"})
@org.jspecify.annotations.NullMarked
package fi.valita.notifications;
