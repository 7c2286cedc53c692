package fi.valita.requests.web;

import fi.valita.experts.ExperienceArea;
import fi.valita.experts.ExpertPool;
import fi.valita.experts.TaskType;
import fi.valita.identity.CurrentUser;
import fi.valita.identity.Identity;
import fi.valita.identity.Organisation;
import fi.valita.identity.OrganisationUnit;
import fi.valita.identity.UserAccount;
import fi.valita.shared.Language;
import fi.valita.shared.Municipalities;
import fi.valita.shared.Municipality;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The choices of the request pages in the user's language: task types and languages named as on the
 * pool pages (the experts bundle), municipalities, the pools and organisations a user may order for.
 */
@Component
class RequestChoices {

    private final MessageSource messages;
    private final Municipalities municipalities;
    private final Identity identity;
    private final ExpertPool pool;

    RequestChoices(MessageSource messages, Municipalities municipalities, Identity identity, ExpertPool pool) {
        this.messages = messages;
        this.municipalities = municipalities;
        this.identity = identity;
        this.pool = pool;
    }

    String taskTypeName(TaskType type, Locale locale) {
        return messages.getMessage("experts.task." + type.name(), null, locale);
    }

    String languageName(String code, Locale locale) {
        return messages.getMessage("experts.language." + code, null, code, locale);
    }

    String municipalityName(String code, Locale locale) {
        return municipalities.byCode(code).map(m -> m.name(locale)).orElse(code);
    }

    String organisationName(UUID id) {
        return identity.organisation(id).map(Organisation::name).orElse("");
    }

    /** Task types with a first, empty "choose" (or "any") entry. */
    Map<String, String> taskTypes(String firstKey, Locale locale) {
        Map<String, String> choices = first(firstKey, locale);
        for (TaskType type : TaskType.values()) {
            choices.put(type.name(), taskTypeName(type, locale));
        }
        return choices;
    }

    Map<String, String> languages(Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        Language.CODES.forEach(code -> choices.put(code, languageName(code, locale)));
        return choices;
    }

    Map<String, String> municipalities(Locale locale) {
        Map<String, String> choices = first("requests.form.choose", locale);
        for (Municipality m : municipalities.sorted(locale)) {
            choices.put(m.code(), m.name(locale));
        }
        return choices;
    }

    /** The active lived-experience areas of a pool; none for a pool the user may not order from. */
    List<ExperienceArea> areasOf(UUID poolId) {
        return pool.areasOfPool(poolId).stream().filter(ExperienceArea::active).toList();
    }

    /** The pools a requester's organisation may order from, by name. */
    Map<String, String> poolsServing(CurrentUser requester) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (UUID id : identity.poolsServing(requester.organisationId())) {
            choices.put(id.toString(), organisationName(id));
        }
        return choices;
    }

    /** The organisations a coordinator may enter a request for: their own and the clients of their pool. */
    List<Organisation> orderingOrganisations(CurrentUser coordinator) {
        List<Organisation> organisations = new ArrayList<>();
        identity.organisation(coordinator.organisationId()).ifPresent(organisations::add);
        organisations.addAll(identity.clientsOf(coordinator.organisationId()));
        return organisations;
    }

    Map<String, String> orderingOrganisationChoices(CurrentUser coordinator, String firstKey, Locale locale) {
        Map<String, String> choices = firstKey.isEmpty() ? new LinkedHashMap<>() : first(firstKey, locale);
        orderingOrganisations(coordinator).forEach(o -> choices.put(o.id().toString(), o.name()));
        return choices;
    }

    /** The units of an organisation by name, after a "choose" entry; none when it has no units. */
    Map<String, String> units(UUID organisationId, Locale locale) {
        List<OrganisationUnit> units = identity.unitsOf(organisationId);
        if (units.isEmpty()) {
            return Map.of();
        }
        Map<String, String> choices = first("requests.form.choose", locale);
        units.forEach(u -> choices.put(u.id().toString(), u.name()));
        return choices;
    }

    /** An organisation a coordinator may order for, with its units. */
    record UnitGroup(String organisation, Map<String, String> units) {}

    /** The units of the organisations a coordinator may enter a request for, those without units left out. */
    List<UnitGroup> unitGroups(CurrentUser coordinator) {
        List<UnitGroup> groups = new ArrayList<>();
        for (Organisation organisation : orderingOrganisations(coordinator)) {
            Map<String, String> units = new LinkedHashMap<>();
            identity.unitsOf(organisation.id()).forEach(u -> units.put(u.id().toString(), u.name()));
            if (!units.isEmpty()) {
                groups.add(new UnitGroup(organisation.name(), units));
            }
        }
        return groups;
    }

    /** The names of an organisation's units by id. */
    Map<UUID, String> unitNames(UUID organisationId) {
        Map<UUID, String> names = new HashMap<>();
        identity.unitsOf(organisationId).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** The unit the user belongs to, if any: the form starts with it. */
    @Nullable UUID ownUnit(CurrentUser user) {
        return identity.account(user.id()).map(UserAccount::unitId).orElse(null);
    }

    Map<String, String> first(String key, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", messages.getMessage(key, null, locale));
        return choices;
    }
}
