package fi.valita.experts.web;

import fi.valita.experts.EngagementForm;
import fi.valita.experts.ExpertProfile;
import fi.valita.experts.TaskType;
import fi.valita.experts.WorkPreferences;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of work the expert wants, and under which arrangements. */
record ProfileWorkForm(int version, Set<TaskType> taskTypes, Set<EngagementForm> engagementForms)
        implements ProfileSectionForm<ProfileWorkForm> {

    ProfileWorkForm {
        taskTypes = taskTypes == null || taskTypes.isEmpty() ? EnumSet.noneOf(TaskType.class) : EnumSet.copyOf(taskTypes);
        engagementForms = engagementForms == null || engagementForms.isEmpty()
                ? EnumSet.noneOf(EngagementForm.class)
                : EnumSet.copyOf(engagementForms);
    }

    static ProfileWorkForm of(ExpertProfile p) {
        return new ProfileWorkForm(p.version(), p.taskTypes(), p.engagementForms());
    }

    WorkPreferences toWork() {
        return new WorkPreferences(taskTypes, engagementForms);
    }

    @Override
    public ProfileWorkForm withVersion(int version) {
        return new ProfileWorkForm(version, taskTypes, engagementForms);
    }
}
