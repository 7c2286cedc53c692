package fi.valita.assignments.web;

import fi.valita.assignments.OfferDetails;
import fi.valita.assignments.OfferStatus;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** One offer on the expert's pages. */
record OfferCard(UUID id, OfferStatus status, boolean open, WorkSummary work, String replyBy) {

    static OfferCard of(OfferDetails d, WorkWords words, Clock clock, Locale locale) {
        return new OfferCard(d.offer().id(), d.offer().status(), d.offer().isOpen(clock),
                words.summarise(d.request(), d.requesterName(), d.offer().engagementForm(), locale), words.time(d.offer().respondBy(), locale));
    }
}
