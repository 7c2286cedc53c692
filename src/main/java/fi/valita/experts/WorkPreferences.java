package fi.valita.experts;

import java.util.Set;

/** Which tasks the expert wants and under which engagement forms they work. */
public record WorkPreferences(Set<TaskType> taskTypes, Set<EngagementForm> engagementForms) {}
