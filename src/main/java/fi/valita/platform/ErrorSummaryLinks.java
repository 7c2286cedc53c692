package fi.valita.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICDATASection;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IComment;
import org.thymeleaf.model.IDocType;
import org.thymeleaf.model.IElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IProcessingInstruction;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.model.IText;
import org.thymeleaf.model.IXMLDeclaration;

/**
 * Finishes each error summary of a page ({@code fragments/forms :: errorSummary}) once the whole page
 * is rendered: every link names its field by the field's label ("Kunta: valitse kunta listasta.")
 * and the links come in the order of the fields on the page, so the first link goes to the first
 * field in error. The summary is rendered before the fields, so it cannot know either by itself;
 * this keeps the page from the summary on and rewrites the summary at the end of the page.
 */
public final class ErrorSummaryLinks extends AbstractTemplateHandler {

    static final String SUMMARY = "data-error-summary";
    static final String FIELD = "data-error-field";

    private @Nullable List<ITemplateEvent> held;

    @Override
    public void handleOpenElement(IOpenElementTag tag) {
        if (held == null && tag.hasAttribute(SUMMARY)) {
            held = new ArrayList<>();
        }
        if (!hold(tag)) {
            super.handleOpenElement(tag);
        }
    }

    @Override
    public void handleText(IText text) {
        if (!hold(text)) {
            super.handleText(text);
        }
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (!hold(tag)) {
            super.handleCloseElement(tag);
        }
    }

    @Override
    public void handleStandaloneElement(IStandaloneElementTag tag) {
        if (!hold(tag)) {
            super.handleStandaloneElement(tag);
        }
    }

    @Override
    public void handleComment(IComment comment) {
        if (!hold(comment)) {
            super.handleComment(comment);
        }
    }

    @Override
    public void handleCDATASection(ICDATASection cdata) {
        if (!hold(cdata)) {
            super.handleCDATASection(cdata);
        }
    }

    @Override
    public void handleProcessingInstruction(IProcessingInstruction instruction) {
        if (!hold(instruction)) {
            super.handleProcessingInstruction(instruction);
        }
    }

    @Override
    public void handleTemplateEnd(ITemplateEnd end) {
        if (held != null) {
            List<ITemplateEvent> page = held;
            held = null;
            rewrite(page, PageFields.of(page)).forEach(this::pass);
        }
        super.handleTemplateEnd(end);
    }

    private boolean hold(ITemplateEvent event) {
        if (held == null) {
            return false;
        }
        held.add(event);
        return true;
    }

    /** The page with the items of each summary's list named, in page order, one for each field. */
    private List<ITemplateEvent> rewrite(List<ITemplateEvent> page, PageFields fields) {
        List<ITemplateEvent> out = new ArrayList<>(page.size());
        boolean listToCome = false;
        int i = 0;
        while (i < page.size()) {
            ITemplateEvent event = page.get(i);
            out.add(event);
            i++;
            if (event instanceof IOpenElementTag open && open.hasAttribute(SUMMARY)) {
                listToCome = true;
            } else if (listToCome && event instanceof IOpenElementTag ul && "ul".equals(ul.getElementCompleteName())) {
                listToCome = false;
                List<List<ITemplateEvent>> items = new ArrayList<>();
                i = readItems(page, i, items);
                Set<String> linked = new HashSet<>();
                items.stream()
                        .sorted(Comparator.comparingInt(item -> position(item, fields)))
                        .filter(item -> firstOfItsField(item, linked))
                        .forEach(item -> out.addAll(named(item, fields)));
            }
        }
        return out;
    }

    /** The {@code <li>} items from {@code start} to the list's end; returns where the list's end tag is. */
    private static int readItems(List<ITemplateEvent> page, int start, List<List<ITemplateEvent>> items) {
        int i = start;
        int depth = 0;
        List<ITemplateEvent> item = new ArrayList<>();
        for (; i < page.size(); i++) {
            ITemplateEvent event = page.get(i);
            if (depth == 0 && event instanceof ICloseElementTag close && "ul".equals(close.getElementCompleteName())) {
                break;
            }
            if (event instanceof IOpenElementTag open && "li".equals(open.getElementCompleteName())) {
                depth++;
            }
            if (depth > 0) {
                item.add(event);
            }
            if (event instanceof ICloseElementTag close && "li".equals(close.getElementCompleteName()) && --depth == 0) {
                items.add(item);
                item = new ArrayList<>();
            }
        }
        return i;
    }

    private static boolean firstOfItsField(List<ITemplateEvent> item, Set<String> linked) {
        String field = fieldOf(item);
        return field == null || linked.add(field);
    }

    /** Errors of the whole form first, then each field's in the order of the fields on the page. */
    private static int position(List<ITemplateEvent> item, PageFields fields) {
        String field = fieldOf(item);
        return field == null ? -1 : fields.position(field);
    }

    private static @Nullable String fieldOf(List<ITemplateEvent> item) {
        return item.stream()
                .filter(e -> e instanceof IProcessableElementTag tag && tag.hasAttribute(FIELD))
                .map(e -> ((IProcessableElementTag) e).getAttributeValue(FIELD))
                .findFirst().orElse(null);
    }

    /** The item with its link saying the field's label before the message: "Kunta: valitse kunta listasta." */
    private List<ITemplateEvent> named(List<ITemplateEvent> item, PageFields fields) {
        String field = fieldOf(item);
        String label = field == null ? null : fields.label(field).orElse(null);
        if (label == null) {
            return item;
        }
        List<ITemplateEvent> named = new ArrayList<>(item.size());
        boolean inLink = false;
        boolean labelled = false;
        for (ITemplateEvent event : item) {
            if (inLink && !labelled && event instanceof IText message) {
                named.add(getContext().getModelFactory().createText(withLabel(label, message.getText())));
                labelled = true;
                continue;
            }
            if (event instanceof IElementTag tag && "a".equals(tag.getElementCompleteName())) {
                inLink = event instanceof IOpenElementTag;
            }
            named.add(event);
        }
        return named;
    }

    /** "Kunta" and "Valitse kunta listasta." make "Kunta: valitse kunta listasta."; a question stays one. */
    static String withLabel(String label, String message) {
        String text = message.strip();
        if (label.endsWith("?")) {
            return label + " " + text;
        }
        boolean word = text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
        return label + ": " + (word ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text);
    }

    private void pass(ITemplateEvent event) {
        switch (event) {
            case IText text -> super.handleText(text);
            case IOpenElementTag open -> super.handleOpenElement(open);
            case ICloseElementTag close -> super.handleCloseElement(close);
            case IStandaloneElementTag standalone -> super.handleStandaloneElement(standalone);
            case IComment comment -> super.handleComment(comment);
            case ICDATASection cdata -> super.handleCDATASection(cdata);
            case IDocType docType -> super.handleDocType(docType);
            case IXMLDeclaration declaration -> super.handleXMLDeclaration(declaration);
            case IProcessingInstruction instruction -> super.handleProcessingInstruction(instruction);
            default -> throw new IllegalStateException("Unexpected event in a page: " + event);
        }
    }
}
