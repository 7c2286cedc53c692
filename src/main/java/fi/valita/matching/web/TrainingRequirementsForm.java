package fi.valita.matching.web;

import fi.valita.experts.TaskType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The task types ticked as needing a confirmed training, as sent: names, so that a wrong one gets a message. */
record TrainingRequirementsForm(List<String> taskTypes) {

    TrainingRequirementsForm(@Nullable List<String> taskTypes) {
        this.taskTypes = taskTypes == null ? List.of() : List.copyOf(taskTypes);
    }

    static TrainingRequirementsForm of(Set<TaskType> required) {
        return new TrainingRequirementsForm(required.stream().map(Enum::name).toList());
    }

    public boolean ticked(TaskType type) {
        return taskTypes.contains(type.name());
    }

    /** The task types, or empty after telling the field that one of them is not on the list. */
    Optional<Set<TaskType>> required(BindingResult errors) {
        Set<TaskType> required = EnumSet.noneOf(TaskType.class);
        for (String name : taskTypes) {
            Optional<TaskType> type = Arrays.stream(TaskType.values()).filter(t -> t.name().equals(name)).findFirst();
            if (type.isEmpty()) {
                errors.rejectValue("taskTypes", "matching.training.error.task-type");
                return Optional.empty();
            }
            required.add(type.get());
        }
        return Optional.of(required);
    }
}
