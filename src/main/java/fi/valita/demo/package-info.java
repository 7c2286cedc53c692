/** A clearly fictional demo data set: three pools, their clients and experts, loaded into an empty embedded database. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "experts", "requests", "assignments", "fees", "payroll"})
@org.jspecify.annotations.NullMarked
package fi.valita.demo;
