package fi.valita.experts;

import fi.valita.experts.internal.ExperienceAreas;
import fi.valita.identity.CurrentUser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A pool's controlled vocabulary of lived-experience areas, kept by its coordinators. Areas are
 * never deleted, only deactivated: experts may have them in their profiles.
 */
@Service
public class ExperienceVocabulary {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9-]{2,40}$");
    private static final int STEP = 10;

    private final ExperienceAreas areas;

    ExperienceVocabulary(ExperienceAreas areas) {
        this.areas = areas;
    }

    /** All areas of the coordinator's pool, active and inactive, in their order. */
    @Transactional(readOnly = true)
    public List<ExperienceArea> of(CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return areas.of(coordinator.organisationId());
    }

    /** One area of the coordinator's pool; another pool's area is not found. */
    @Transactional(readOnly = true)
    public ExperienceArea area(UUID id, CurrentUser coordinator) {
        requireCoordinator(coordinator);
        return areas.byId(coordinator.organisationId(), id).orElseThrow(() -> AreaNotFound.withId(id));
    }

    /**
     * Adds an area at the end of the list.
     *
     * @param code a stable identifier; if blank, it is made from the English name
     */
    @Transactional
    public ExperienceArea add(@Nullable String code, Names names, CurrentUser coordinator) {
        List<AreaRefused> refusals = refusalsOf(code, names, null, coordinator);
        if (!refusals.isEmpty()) {
            throw refusals.getFirst();
        }
        UUID organisationId = coordinator.organisationId();
        String finalCode = finalCode(code, names);
        List<ExperienceArea> existing = areas.of(organisationId);
        int last = existing.stream().mapToInt(ExperienceArea::sortOrder).max().orElse(0);
        var area = new ExperienceArea(UUID.randomUUID(), organisationId, finalCode, names.fi(), names.sv(), names.en(),
                true, last + STEP);
        try {
            areas.add(area);
        } catch (DuplicateKeyException meanwhile) {
            throw AreaRefused.codeTaken();
        }
        return area;
    }

    /** Changes the names; the code stays, so that existing profiles keep their meaning. */
    @Transactional
    public void rename(UUID id, Names names, CurrentUser coordinator) {
        ExperienceArea area = area(id, coordinator);
        List<AreaRefused> refusals = refusalsOf(null, names, id, coordinator);
        if (!refusals.isEmpty()) {
            throw refusals.getFirst();
        }
        areas.update(new ExperienceArea(area.id(), area.organisationId(), area.code(), names.fi(), names.sv(), names.en(),
                area.active(), area.sortOrder()));
    }

    /** A deactivated area is no longer offered to experts or in filters; profiles that have it keep it. */
    @Transactional
    public void deactivate(UUID id, CurrentUser coordinator) {
        setActive(area(id, coordinator), false);
    }

    @Transactional
    public void reactivate(UUID id, CurrentUser coordinator) {
        setActive(area(id, coordinator), true);
    }

    /** Moves the area one place earlier (up = true) or later in the list; at either end nothing changes. */
    @Transactional
    public void move(UUID id, boolean up, CurrentUser coordinator) {
        area(id, coordinator);
        List<ExperienceArea> ordered = new ArrayList<>(areas.of(coordinator.organisationId()));
        int at = indexOf(ordered, id);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(at));
        for (int i = 0; i < ordered.size(); i++) {
            ExperienceArea a = ordered.get(i);
            int order = (i + 1) * STEP;
            if (a.sortOrder() != order) {
                areas.update(new ExperienceArea(a.id(), a.organisationId(), a.code(), a.nameFi(), a.nameSv(), a.nameEn(),
                        a.active(), order));
            }
        }
    }

    /** Whether the text can be an area's code: 2–40 lower case ASCII letters, digits and hyphens. */
    public static boolean isValidCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** A code made of the English name: lower case ASCII letters, digits and hyphens. */
    static String codeFrom(String englishName) {
        String ascii = Normalizer.normalize(englishName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > 40) {
            code = code.substring(0, 40).replaceAll("-+$", "");
        }
        return code;
    }

    private void setActive(ExperienceArea area, boolean active) {
        areas.update(new ExperienceArea(area.id(), area.organisationId(), area.code(), area.nameFi(), area.nameSv(),
                area.nameEn(), active, area.sortOrder()));
    }

    /**
     * Every rule a new area ({@code renamed} null) or new names of an area would break, each for its
     * own field: a name another area has, a code that is not one or is taken. A name left empty is not
     * compared; the form tells that itself, with these, in one go.
     */
    @Transactional(readOnly = true)
    public List<AreaRefused> refusalsOf(@Nullable String code, Names names, @Nullable UUID renamed,
            CurrentUser coordinator) {
        requireCoordinator(coordinator);
        List<AreaRefused> refusals = new ArrayList<>();
        List<ExperienceArea> others = areas.of(coordinator.organisationId()).stream()
                .filter(other -> !other.id().equals(renamed)).toList();
        for (String field : List.of("nameFi", "nameSv", "nameEn")) {
            String name = nameIn(names, field);
            if (!name.isEmpty() && others.stream().anyMatch(other -> same(nameIn(other, field), name))) {
                refusals.add(AreaRefused.nameTaken(field));
            }
        }
        if (renamed == null && !(blank(code) && names.en().isEmpty())) {
            String finalCode = finalCode(code, names);
            if (!CODE.matcher(finalCode).matches()) {
                refusals.add(blank(code) ? AreaRefused.noCodeFromName() : AreaRefused.badCode());
            } else if (areas.codeTaken(coordinator.organisationId(), finalCode)) {
                refusals.add(AreaRefused.codeTaken());
            }
        }
        return refusals;
    }

    private static String finalCode(@Nullable String code, Names names) {
        return code == null || code.isBlank() ? codeFrom(names.en()) : code.strip();
    }

    private static String nameIn(Names names, String field) {
        return switch (field) {
            case "nameFi" -> names.fi();
            case "nameSv" -> names.sv();
            default -> names.en();
        };
    }

    private static String nameIn(ExperienceArea area, String field) {
        return nameIn(new Names(area.nameFi(), area.nameSv(), area.nameEn()), field);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static int indexOf(List<ExperienceArea> ordered, UUID id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(id)) {
                return i;
            }
        }
        throw AreaNotFound.withId(id);
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.coordinates()) {
            throw new AccessDeniedException("Only coordinators keep the vocabulary");
        }
    }

    /** The name of an area in Finnish, Swedish and English; all three are required. */
    public record Names(String fi, String sv, String en) {

        public Names {
            fi = fi.strip();
            sv = sv.strip();
            en = en.strip();
        }
    }

    /** An area that would break the vocabulary's rules; {@link #field()} names the form field at fault. */
    public static class AreaRefused extends RuntimeException {

        private final String field;
        private final String messageKey;

        private AreaRefused(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        static AreaRefused codeTaken() {
            return new AreaRefused("code", "pool.vocabulary.error.code-taken");
        }

        static AreaRefused badCode() {
            return new AreaRefused("code", "pool.vocabulary.error.code");
        }

        static AreaRefused noCodeFromName() {
            return new AreaRefused("code", "pool.vocabulary.error.code-needed");
        }

        static AreaRefused nameTaken(String field) {
            return new AreaRefused(field, "pool.vocabulary.error.name-taken");
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** No such area in the user's own pool: another pool's area answers the same, 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class AreaNotFound extends RuntimeException {

        private AreaNotFound(String message) {
            super(message);
        }

        static AreaNotFound withId(UUID id) {
            return new AreaNotFound("No experience area " + id + " in this pool");
        }
    }
}
