package fi.valita.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;

/**
 * The fields of a rendered page as people see them: where each element with an id comes in the
 * page, and the text of each field's label (a {@code <label for>}, or the legend of a fieldset for
 * a group of radio buttons or checkboxes).
 */
final class PageFields {

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    private PageFields() {}

    /** Reads the fields from the events of a page, in the order they are written. */
    static PageFields of(List<ITemplateEvent> events) {
        PageFields page = new PageFields();
        @Nullable String fieldsetWaitingForLegend = null;
        @Nullable String capturing = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            ITemplateEvent event = events.get(i);
            if (event instanceof IProcessableElementTag tag) {
                String id = tag.getAttributeValue("id");
                if (id != null) {
                    page.positions.putIfAbsent(id, i);
                }
                String name = tag.getElementCompleteName();
                if (tag instanceof IOpenElementTag && "label".equals(name)) {
                    capturing = tag.getAttributeValue("for");
                } else if (tag instanceof IOpenElementTag && "fieldset".equals(name) && id != null) {
                    fieldsetWaitingForLegend = id;
                } else if (tag instanceof IOpenElementTag && "legend".equals(name) && fieldsetWaitingForLegend != null) {
                    capturing = fieldsetWaitingForLegend;
                    fieldsetWaitingForLegend = null;
                }
            } else if (event instanceof IText t && capturing != null) {
                text.append(t.getText());
            } else if (event instanceof ICloseElementTag close && capturing != null
                    && ("label".equals(close.getElementCompleteName()) || "legend".equals(close.getElementCompleteName()))) {
                page.labels.putIfAbsent(capturing, plain(text));
                text.setLength(0);
                capturing = null;
            }
        }
        return page;
    }

    /** Where the element comes in the page; elements not on the page come after all others. */
    int position(String id) {
        return positions.getOrDefault(id, Integer.MAX_VALUE);
    }

    /** The field's label as shown, without a note such as "(optional)" after it. */
    Optional<String> label(String id) {
        return Optional.ofNullable(labels.get(id)).filter(label -> !label.isEmpty());
    }

    private static String plain(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip().replaceAll("\\s*\\([^()]*\\)$", "")
                .replaceAll("[:\\s]+$", "");
    }
}
