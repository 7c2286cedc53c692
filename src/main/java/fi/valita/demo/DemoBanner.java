package fi.valita.demo;

import org.springframework.stereotype.Component;

/**
 * Whether this instance holds the demo data, whose passwords are published in the README: then every page says
 * so (the layout asks {@code @demoBanner.shown()}). Set at start-up, when the demo data is loaded or found.
 */
@Component("demoBanner")
public class DemoBanner {

    private volatile boolean shown;

    public boolean shown() {
        return shown;
    }

    void show(boolean demoDataPresent) {
        this.shown = demoDataPresent;
    }
}
