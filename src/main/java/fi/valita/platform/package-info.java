/** Cross-cutting technical ground: database, security, i18n, layout, errors, clock. No domain logic. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package fi.valita.platform;
