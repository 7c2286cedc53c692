package fi.valita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds, and the README's module diagram is generated from it. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ValitaApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE))
                .writeIndividualModulesAsPlantUml();

        try (var files = Files.list(Path.of("docs/modules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(file);
            }
        }

        String diagram = Files.readString(Path.of("docs/modules/components.puml"));
        modules.stream()
                .filter(module -> !module.isOpen())
                .forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
    }

    /** Structurizr writes relations in no fixed order; sorting keeps the committed diagram stable. */
    private static void sortRelations(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Rel(")).findFirst().orElse(""));
        if (first < 0) {
            return;
        }
        List<String> others = lines.stream().filter(l -> !l.startsWith("Rel(")).toList();
        List<String> result = new ArrayList<>(others.subList(0, first));
        result.addAll(relations);
        result.addAll(others.subList(first, others.size()));
        Files.write(file, result);
    }
}
