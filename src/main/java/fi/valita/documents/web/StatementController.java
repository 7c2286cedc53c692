package fi.valita.documents.web;

import fi.valita.documents.DocumentNotFound;
import fi.valita.documents.FeeStatement;
import fi.valita.documents.FeeStatements;
import fi.valita.documents.internal.Pdf;
import fi.valita.identity.CurrentUser;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Yearly fee statements: the expert's own, and the pool's coordinators' view of their experts' ones; as a PDF. */
@Controller
class StatementController {

    private final FeeStatements statements;
    private final Pdf pdf;
    private final WordsFactory words;
    private final Clock clock;

    StatementController(FeeStatements statements, Pdf pdf, WordsFactory words, Clock clock) {
        this.statements = statements;
        this.pdf = pdf;
        this.words = words;
        this.clock = clock;
    }

    @GetMapping("/me/statements")
    String showThisYear() {
        return "redirect:/me/statements/" + Year.now(clock.withZone(Words.HELSINKI)).getValue();
    }

    @GetMapping("/me/statements/{year:\\d+}")
    String showMine(@AuthenticationPrincipal CurrentUser expert, @PathVariable String year, Model model,
            Locale locale) {
        return page(statements.mine(year(year, expert.id()), expert), "/me/statements/", model, locale);
    }

    @GetMapping(path = "/me/statements/{year:\\d+}", params = "format=pdf")
    ResponseEntity<byte[]> downloadMineByParameter(@AuthenticationPrincipal CurrentUser expert,
            @PathVariable String year, Locale locale) {
        return download(statements.mine(year(year, expert.id()), expert), locale);
    }

    @GetMapping("/me/statements/{year:\\d+}.pdf")
    ResponseEntity<byte[]> downloadMine(@AuthenticationPrincipal CurrentUser expert, @PathVariable String year,
            Locale locale) {
        return download(statements.mine(year(year, expert.id()), expert), locale);
    }

    @GetMapping("/experts/{id}/statements/{year:\\d+}")
    String showExperts(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID id,
            @PathVariable String year, Model model, Locale locale) {
        return page(statements.ofPoolExpert(id, year(year, id), coordinator), "/experts/" + id + "/statements/",
                model, locale);
    }

    @GetMapping(path = "/experts/{id}/statements/{year:\\d+}", params = "format=pdf")
    ResponseEntity<byte[]> downloadExpertsByParameter(@AuthenticationPrincipal CurrentUser coordinator,
            @PathVariable UUID id, @PathVariable String year, Locale locale) {
        return download(statements.ofPoolExpert(id, year(year, id), coordinator), locale);
    }

    @GetMapping("/experts/{id}/statements/{year:\\d+}.pdf")
    ResponseEntity<byte[]> downloadExperts(@AuthenticationPrincipal CurrentUser coordinator, @PathVariable UUID id,
            @PathVariable String year, Locale locale) {
        return download(statements.ofPoolExpert(id, year(year, id), coordinator), locale);
    }

    private String page(FeeStatement statement, String basePath, Model model, Locale locale) {
        model.addAttribute("statement", statement);
        model.addAttribute("basePath", basePath);
        model.addAttribute("words", words.in(locale));
        model.addAttribute("ownStatement", basePath.startsWith("/me/"));
        return "documents/statement";
    }

    private ResponseEntity<byte[]> download(FeeStatement statement, Locale locale) {
        byte[] file = pdf.render("documents/pdf/statement",
                Map.of("statement", statement, "words", words.in(locale)), locale);
        return Downloads.pdf(file, "valita-" + statement.year() + "-" + Downloads.slug(statement.expertName()) + ".pdf");
    }

    private static int year(String text, UUID who) {
        if (text.length() != 4) {
            throw DocumentNotFound.statement(who);
        }
        return Integer.parseInt(text);
    }
}
