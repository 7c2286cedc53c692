/**
 * Pays experts through the payer's payroll: their identity code and bank account kept encrypted, who
 * may see them (the payroll permission) and every access logged, payroll batches and their files.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "experts", "fees", "notifications"})
@org.jspecify.annotations.NullMarked
package fi.valita.payroll;
