package fi.valita;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        String diagram = Files.readString(Path.of("docs/modules/components.puml"));
        modules.stream()
                .filter(module -> !module.isOpen())
                .forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
    }
}
