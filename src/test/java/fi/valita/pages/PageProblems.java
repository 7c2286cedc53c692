package fi.valita.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What must never be on a page people read: a message key without its text ({@code ??key_fi??}), template code
 * that was not processed ({@code th:text}, {@code #{...}}), a raw code instead of words ({@code DAILY_ALLOWANCE},
 * {@code EUR_CENTS_PER_DAY}), a day written as 2026-12-03, and on Finnish and Swedish pages English words left
 * over and times written 10:15 instead of 10.15.
 *
 * <p>Words are looked for in the visible text only: not in attributes or scripts, and not in {@code <code>}
 * elements, which show a code on purpose (the key of a fee parameter for the administrator).
 */
public final class PageProblems {

    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]{1,200}\\?\\?");
    private static final Pattern TEMPLATE_CODE = Pattern.compile("th:[a-z]|[#$*@~]\\{");
    private static final Pattern SNAKE_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{3,}\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    /** A day as a machine writes it (2026-12-03): people read 3.12.2026 or 3 Dec 2026 ({@code shared.Dates}). */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    /** A time with a colon, which Finnish and Swedish write with a dot (klo 10.15). */
    private static final Pattern COLON_TIME = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])");

    /** Abbreviations that are also the names of enum values, and right on a page as they are. */
    private static final Set<String> ABBREVIATIONS = Set.of("CSV", "XLSX", "PDF", "NGO");

    /** Codes a page shows on purpose, with where and why. */
    private static final Map<String, String> DELIBERATE_CODES = Map.of(
            "KELA_DISABILITY_PENSION", "the example in the help of the code field of a new benefit limit");

    private PageProblems() {}

    /**
     * Everything wrong with the page, described for the failure message; empty when nothing is.
     *
     * @param language the language the page was asked in: fi, sv or en
     * @param enumValues the names of the values of the application's enums, which should never show raw
     */
    public static List<String> of(String html, String language, Set<String> enumValues) {
        List<String> problems = new ArrayList<>();
        found(MISSING_KEY.matcher(html), "message key without a text", problems);
        Document page = Jsoup.parse(html);
        if (!language.equals(page.select("html").attr("lang"))) {
            problems.add("the page's lang is \"" + page.select("html").attr("lang") + "\", not " + language);
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("th:") || attribute.getKey().startsWith("data-th-")
                        || attribute.getKey().startsWith("sec:")) {
                    problems.add("template attribute left in the page: " + attribute.getKey());
                }
            }
        }
        String text = visibleText(page);
        found(TEMPLATE_CODE.matcher(text), "template code in the text", problems);
        Matcher codes = SNAKE_CODE.matcher(text);
        Set<String> shownCodes = new LinkedHashSet<>();
        while (codes.find()) {
            if (!DELIBERATE_CODES.containsKey(codes.group())) {
                shownCodes.add(codes.group());
            }
        }
        shownCodes.forEach(code -> problems.add("a code instead of words: " + code + around(text, code)));
        Matcher capitals = CAPITALS.matcher(text);
        Set<String> raw = new LinkedHashSet<>();
        while (capitals.find()) {
            if (enumValues.contains(capitals.group()) && !ABBREVIATIONS.contains(capitals.group())) {
                raw.add(capitals.group());
            }
        }
        raw.forEach(value -> problems.add("an enum value instead of words: " + value + around(text, value)));
        found(ISO_DAY.matcher(text), "a day written as 2026-12-03", problems);
        if (!language.equals("en")) {
            found(COLON_TIME.matcher(text), "a time written with a colon in " + language, problems);
            englishWords(text).forEach(word -> problems.add("an English word on a page in " + language + ": \""
                    + word + "\"" + around(text, word)));
        }
        return problems;
    }

    /** The English words of {@link EnglishWords} in the text, each once. */
    public static Set<String> englishWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (EnglishWords.LIST.contains(word.group())) {
                found.add(word.group());
            }
        }
        return found;
    }

    /** The title and the text of the body as people see or hear it, without scripts, styles and code. */
    static String visibleText(Document page) {
        Document copy = page.clone();
        copy.select("script, style, template, code").remove();
        return copy.title() + "\n" + copy.body().text();
    }

    private static void found(Matcher matcher, String what, List<String> problems) {
        Set<String> seen = new LinkedHashSet<>();
        while (matcher.find()) {
            seen.add(matcher.group());
        }
        seen.forEach(match -> problems.add(what + ": " + match));
    }

    /** A few words around the first place of the word, to find it on the page. */
    private static String around(String text, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        if (!m.find()) {
            return "";
        }
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(text.length(), m.end() + 40);
        return " in \"…" + text.substring(from, to).replace('\n', ' ') + "…\"";
    }
}
