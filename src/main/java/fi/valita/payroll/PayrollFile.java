package fi.valita.payroll;

/** A payroll file to download. */
public record PayrollFile(String fileName, FileFormat format, byte[] content) {}
