package fi.valita.assignments.internal;

import fi.valita.assignments.Brokering;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Closes offers nobody answered in time, once a minute. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OfferExpiry {

    private final Brokering brokering;

    OfferExpiry(Brokering brokering) {
        this.brokering = brokering;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void closeExpiredOffers() {
        brokering.closeExpiredOffers();
    }
}
