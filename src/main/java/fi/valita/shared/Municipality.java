package fi.valita.shared;

import java.util.Locale;

/**
 * A Finnish municipality with the coordinates of its centre (Statistics Finland and National
 * Land Survey of Finland data, CC BY 4.0).
 */
public record Municipality(String code, String nameFi, String nameSv, String region, double lat, double lon) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    /** The name in the user's language: Swedish for Swedish, Finnish otherwise. */
    public String name(Locale locale) {
        return "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }

    /** Great-circle distance between the two centres, in kilometres. */
    public double distanceKm(Municipality other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
