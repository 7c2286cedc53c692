/** Pays the work right: dated fee parameters, rate cards, fee and expense lines from approved work, their approval. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "platform", "identity", "experts", "requests", "assignments"})
@org.jspecify.annotations.NullMarked
package fi.valita.fees;
