package io.ipcase.inbox.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a step's form shows, in the caller's language: derived from the step's values
 * type, then adjusted by the step itself ({@link TaskStep#describe}). The front end's one
 * step form draws it; the server checks the same rules when the task is completed.
 *
 * @param intro a paragraph above the fields (the rule the step follows), or null
 * @param initialValues the values the form opens with, or null
 */
@NullMarked
public record StepDescription(String formKey, @Nullable String intro, String submitLabel, List<FieldDescription> fields,
        @Nullable Object initialValues) {

    /** The same description with one field changed. */
    public StepDescription withField(String name, UnaryOperator<FieldDescription> change) {
        if (fields.stream().noneMatch(f -> f.name().equals(name))) {
            throw new IllegalArgumentException("step " + formKey + " has no field " + name);
        }
        return new StepDescription(formKey, intro, submitLabel,
                fields.stream().map(f -> f.name().equals(name) ? change.apply(f) : f).toList(), initialValues);
    }

    /**
     * One field.
     *
     * @param shownWhen all must hold for the field to be shown (and taken); empty: always
     * @param requiredWhen the field is required when this holds, or null
     * @param maxLength the longest text taken, or null
     * @param min the smallest whole number taken, or null
     * @param max the largest whole number taken, or null
     * @param notBefore the earliest day taken, or null
     * @param notAfter the latest day taken, or null
     * @param fields the sub-fields of each entry of a {@link FieldKind#LIST}, or of a
     * {@link FieldKind#GROUP}
     * @param addLabel the button that adds an entry to a list
     * @param removeLabel the button that removes one, {@code {index}} standing for its
     * number
     */
    public record FieldDescription(String name, FieldKind kind, String label, @Nullable String hint, boolean required,
            List<Condition> shownWhen, @Nullable Condition requiredWhen, @Nullable Integer maxLength,
            @Nullable Integer min, @Nullable Integer max, @Nullable LocalDate notBefore, @Nullable LocalDate notAfter,
            @Nullable List<Choice> choices,
            // named: swagger-core drops a list of the record's own type (its issue 3941)
            @ArraySchema(
                    schema = @Schema(implementation = FieldDescription.class)) @Nullable List<FieldDescription> fields,
            @Nullable String addLabel, @Nullable String removeLabel) {

        public FieldDescription withChoices(@Nullable List<Choice> choices) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min, max,
                    notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }

        public FieldDescription withNotBefore(@Nullable LocalDate notBefore) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min, max,
                    notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }

        public FieldDescription withNotAfter(@Nullable LocalDate notAfter) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min, max,
                    notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }

        public FieldDescription withHint(@Nullable String hint) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min, max,
                    notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }
    }

    /** Another field of the form has one of these values (as they read in JSON). */
    public record Condition(String field, List<String> is) {
    }

    /** A value the field may take, with the words people see. */
    public record Choice(String value, String label) {
    }
}
