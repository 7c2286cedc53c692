package fi.valita.platform;

import java.util.ArrayDeque;
import java.util.Deque;
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
 * a group of radio buttons or checkboxes). A label that several fields share ("Ends" on each day of
 * the week) is told apart by the legend of the group around it ("Tuesday – Ends").
 */
final class PageFields {

    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, Integer> timesUsed = new HashMap<>();

    private PageFields() {}

    /** A fieldset open around the current point of the page, with its legend once read. */
    private static final class Group {
        final @Nullable String id;
        @Nullable String legend;
        boolean legendHidden;

        Group(@Nullable String id) {
            this.id = id;
        }
    }

    /** Reads the fields from the events of a page, in the order they are written. */
    static PageFields of(List<ITemplateEvent> events) {
        PageFields page = new PageFields();
        Deque<Group> open = new ArrayDeque<>();
        @Nullable String labelFor = null;
        @Nullable Group legendOf = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < events.size(); i++) {
            ITemplateEvent event = events.get(i);
            if (event instanceof IProcessableElementTag tag) {
                String id = tag.getAttributeValue("id");
                if (id != null) {
                    page.positions.putIfAbsent(id, i);
                }
                if (tag instanceof IOpenElementTag) {
                    switch (tag.getElementCompleteName()) {
                        case "fieldset" -> open.push(new Group(id));
                        case "label" -> labelFor = tag.getAttributeValue("for");
                        case "legend" -> {
                            if (!open.isEmpty() && open.peek().legend == null) {
                                legendOf = open.peek();
                                legendOf.legendHidden = String.valueOf(tag.getAttributeValue("class")).contains("visually-hidden");
                            }
                        }
                        default -> { }
                    }
                }
            } else if (event instanceof IText t && (labelFor != null || legendOf != null)) {
                text.append(t.getText());
            }
            if (event instanceof ICloseElementTag close) {
                switch (close.getElementCompleteName()) {
                    case "label" -> {
                        if (labelFor != null) {
                            page.add(labelFor, plain(text), groupLegend(open));
                        }
                        labelFor = null;
                        text.setLength(0);
                    }
                    case "legend" -> {
                        if (legendOf != null) {
                            legendOf.legend = plain(text);
                            if (legendOf.id != null) {
                                page.add(legendOf.id, legendOf.legend, null);
                            }
                        }
                        legendOf = null;
                        text.setLength(0);
                    }
                    case "fieldset" -> open.poll();
                    default -> { }
                }
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
        String label = labels.get(id);
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        String group = groups.get(id);
        return Optional.of(timesUsed.getOrDefault(label, 0) > 1 && group != null ? group + " – " + label : label);
    }

    private void add(String id, String label, @Nullable String group) {
        if (labels.putIfAbsent(id, label) == null) {
            timesUsed.merge(label, 1, Integer::sum);
            if (group != null) {
                groups.put(id, group);
            }
        }
    }

    /** The legend people see of the nearest group around a field, if any. */
    private static @Nullable String groupLegend(Deque<Group> open) {
        return open.stream().filter(g -> g.legend != null && !g.legendHidden && !g.legend.isEmpty())
                .map(g -> g.legend).findFirst().orElse(null);
    }

    private static String plain(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip().replaceAll("\\s*\\([^()]*\\)$", "")
                .replaceAll("[:\\s]+$", "");
    }
}
