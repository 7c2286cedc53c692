/** The expert's own earnings by month, and the benefit watch: how close their fees are to a pension's or benefit's limit. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "experts", "fees"})
@org.jspecify.annotations.NullMarked
package fi.valita.earnings;
