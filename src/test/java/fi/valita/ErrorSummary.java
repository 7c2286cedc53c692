package fi.valita;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The error summary of a page as its reader meets it: the fields its links go to and what they say, in order. */
public record ErrorSummary(List<String> fields, List<String> texts) {

    private static final Pattern SUMMARY = Pattern.compile("<section id=\"error-summary\".*?</section>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"#([^\"]*)\" data-error-field=\"[^\"]*\">([^<]*)</a>");

    /** The first error summary of the page answered; empty when there is none. */
    public static ErrorSummary of(MvcTestResult result) {
        try {
            return of(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first error summary of the page; empty when there is none. */
    public static ErrorSummary of(String html) {
        Matcher summary = SUMMARY.matcher(html);
        List<String> fields = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (summary.find()) {
            Matcher link = LINK.matcher(summary.group());
            while (link.find()) {
                fields.add(link.group(1));
                texts.add(link.group(2).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&"));
            }
        }
        return new ErrorSummary(fields, texts);
    }
}
