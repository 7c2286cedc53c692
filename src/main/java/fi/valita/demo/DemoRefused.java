package fi.valita.demo;

/** Start-up does not load the demo data, with its published passwords, where people other than the host reach it. */
class DemoRefused extends IllegalStateException {

    private DemoRefused(String message) {
        super(message);
    }

    static DemoRefused publicAddress(String baseUrl) {
        return new DemoRefused("Refusing to load the demo data: its passwords are published, and VALITA_BASE_URL ("
                + baseUrl + ") is not a loopback address. Set VALITA_DEMO_ENABLED=true to load it on purpose (a public "
                + "demo), or VALITA_DEMO_ENABLED=false to start without it.");
    }
}
