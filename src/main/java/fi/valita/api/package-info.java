/** The JSON REST API under /api/v1 for the same work as the pages, with bearer tokens and problem details. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "identity", "experts", "requests", "matching", "assignments", "notifications", "fees",
        "payroll", "earnings"})
@org.jspecify.annotations.NullMarked
package fi.valita.api;
