/** Value types and reference data every module may use: municipalities, languages. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package fi.valita.shared;
