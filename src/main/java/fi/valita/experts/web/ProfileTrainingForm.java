package fi.valita.experts.web;

import fi.valita.experts.NewTraining;
import fi.valita.experts.Training;
import fi.valita.experts.TrainingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A training or certificate to add to the profile, or an entry as changed. */
record ProfileTrainingForm(
        int version,
        @NotNull TrainingKind kind,
        @NotBlank @Size(min = 2, max = 200) String name,
        @Nullable @Size(max = 200) String provider,
        @NotNull @PastOrPresent LocalDate completedOn,
        @Nullable LocalDate validUntil)
        implements ProfileSectionForm<ProfileTrainingForm> {

    ProfileTrainingForm {
        name = name == null ? "" : name;
    }

    static ProfileTrainingForm empty(int version) {
        return new ProfileTrainingForm(version, TrainingKind.EXPERT_TRAINING, "", null, null, null);
    }

    /** The entry as it is, to change. */
    static ProfileTrainingForm of(Training t, int version) {
        return new ProfileTrainingForm(version, t.kind(), t.name(), t.provider(), t.completedOn(), t.validUntil());
    }

    NewTraining toTraining() {
        return new NewTraining(kind, name.strip(), provider, completedOn, validUntil);
    }

    @Override
    public ProfileTrainingForm withVersion(int version) {
        return new ProfileTrainingForm(version, kind, name, provider, completedOn, validUntil);
    }
}
