package fi.valita.documents.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PDFs from Thymeleaf templates written as well-formed XHTML ({@code templates/documents/pdf/…}). The text
 * font is embedded, so ä, ö, å and € come out right in any reader; the document is tagged (PDF/UA) and loads
 * nothing from outside.
 */
@Component
public class Pdf {

    /** Liberation Sans (SIL Open Font License), as shipped inside Apache PDFBox. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    static {
        // The renderer tells every step at INFO on the console; its warnings are all that matter here.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final Clock clock;

    Pdf(ITemplateEngine templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    /** Renders the template with the variables (and {@code today}) in the language, and makes it a PDF. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("today", LocalDate.now(clock.withZone(HELSINKI)));
        String xhtml = templates.process(template, new Context(locale, all));
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(Pdf::font, FONT_FAMILY)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        try {
            return new ClassPathResource(FONT).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font is missing from the class path: " + FONT, e);
        }
    }
}
