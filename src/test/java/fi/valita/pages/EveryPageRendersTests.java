package fi.valita.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import fi.valita.TestPools;
import fi.valita.identity.CurrentUser;
import fi.valita.pages.GuardedPages.GuardedPage;
import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The guard of issue 8 §4: every page of every role, in Finnish, Swedish and English, with data in the states
 * only some data reaches, answers as it should (never 5xx) and shows no missing message key, no template code,
 * no raw code and, in Finnish and Swedish, no English words ({@link PageProblems}). And no GET page of a web
 * controller is left out of {@link GuardedPages}. The pages' width is guarded in a real browser by
 * {@code browser.EveryPageFitsTests}.
 *
 * <p>It runs in the browser tests' application context, with the same {@link PageFixture}, rather than in the one
 * of {@code @ValitaTest}: there, other tests add rows with test names to the tables every organisation shares
 * (fee parameters, benefit limits), which are not words people read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestPools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageRendersTests {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Autowired
    WebApplicationContext context;

    MockMvcTester mvc;
    PageFixture fixture;
    Set<String> enumValues;

    @BeforeAll
    void buildTheFixture() {
        mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
        fixture = PageFixture.of(context);
        enumValues = ApplicationEnums.valueNames();
    }

    @TestFactory
    Stream<DynamicTest> everyPageOfEveryRoleInEveryLanguage() {
        return GuardedPages.ALL.stream().flatMap(page -> page.viewers().stream().flatMap(viewer -> LANGUAGES.stream()
                .map(language -> DynamicTest.dynamicTest(language + " " + viewer + " " + page.path(),
                        () -> check(page, viewer, language)))));
    }

    private void check(GuardedPage page, Viewer viewer, String language) throws Exception {
        String path = fixture.path(page.path());
        var request = mvc.get().uri(path).header("Accept-Language", language).accept(MediaType.TEXT_HTML);
        CurrentUser person = fixture.person(viewer);
        if (person != null) {
            request = request.with(user(person));
        }
        MockHttpServletResponse response = request.exchange().getResponse();
        assertThat(response.getStatus()).as("status of %s", path).isEqualTo(page.status());
        if (response.getStatus() >= 400 && response.getContentAsByteArray().length == 0) {
            response = errorPage(path, response.getStatus(), person, language);
        }
        if (page.rendersHtml()) {
            assertThat(response.getContentType()).as("content type of %s", path).startsWith("text/html");
            assertThat(PageProblems.of(response.getContentAsString(), language, enumValues)).as("on %s", path)
                    .isEmpty();
        }
    }

    /** MockMvc has no servlet container to forward an error to its page: this asks for it as the container does. */
    private MockHttpServletResponse errorPage(String path, int status, @Nullable CurrentUser person, String language) {
        var request = mvc.get().uri("/error").header("Accept-Language", language).accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
        if (person != null) {
            request = request.with(user(person));
        }
        return request.exchange().getResponse();
    }

    @Test
    void everyPageOfTheWebControllersIsGuardedOrSaidNotToBeAPage() {
        List<MockHttpServletRequest> guarded = GuardedPages.ALL.stream()
                .map(page -> request(fixture.path(page.path()))).toList();
        Set<String> unguarded = new TreeSet<>();
        Set<String> notPages = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : pageMappings().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                String described = pattern + (info.getParamsCondition().isEmpty() ? ""
                        : " " + info.getParamsCondition().getExpressions());
                if (GuardedPages.NOT_PAGES.containsKey(described)) {
                    notPages.add(described);
                } else if (guarded.stream().noneMatch(r -> info.getMatchingCondition(r) != null)) {
                    unguarded.add(described + " (" + mapping.getValue().getShortLogMessage() + ")");
                }
            }
        }
        assertThat(unguarded).as("GET pages neither in GuardedPages.ALL nor in GuardedPages.NOT_PAGES").isEmpty();
        assertThat(notPages).as("GuardedPages.NOT_PAGES that are mappings").isEqualTo(GuardedPages.NOT_PAGES.keySet());
    }

    /** The GET mappings of the controllers that answer with pages (not the JSON API's). */
    private Map<RequestMappingInfo, HandlerMethod> pageMappings() {
        var mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var pages = new LinkedHashMap<RequestMappingInfo, HandlerMethod>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> type = handler.getBeanType();
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (get && type.isAnnotationPresent(Controller.class) && !type.isAnnotationPresent(RestController.class)
                    && type.getName().startsWith("fi.valita.")) {
                pages.put(info, handler);
            }
        });
        return pages;
    }

    private static MockHttpServletRequest request(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        var request = new MockHttpServletRequest("GET", query < 0 ? pathAndQuery : pathAndQuery.substring(0, query));
        if (query >= 0) {
            for (String pair : pathAndQuery.substring(query + 1).split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
