package fi.valita.documents.web;

import fi.valita.shared.Municipalities;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Makes the {@link Words} of a reader's language. */
@Component
class WordsFactory {

    private final MessageSource messages;
    private final Municipalities municipalities;

    WordsFactory(MessageSource messages, Municipalities municipalities) {
        this.messages = messages;
        this.municipalities = municipalities;
    }

    Words in(Locale locale) {
        return new Words(messages, municipalities, locale);
    }
}
