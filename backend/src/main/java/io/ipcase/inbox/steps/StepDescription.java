package io.ipcase.inbox.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a step's form shows, in the caller's language: derived from the step's values type, then
 * adjusted by the step itself ({@link TaskStep#describe}). The front end's one step form draws it;
 * the server checks the same rules when the task is completed.
 *
 * @param intro         a paragraph above the fields (the rule the step follows), or null
 * @param initialValues the values the form opens with, or null
 */
public record StepDescription(String formKey, String intro, String submitLabel, List<FieldDescription> fields,
                              Object initialValues) {

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
     * @param shownWhen    all must hold for the field to be shown (and taken); empty: always
     * @param requiredWhen the field is required when this holds, or null
     * @param maxLength    the longest text taken, or null
     * @param min          the smallest whole number taken, or null
     * @param max          the largest whole number taken, or null
     * @param notBefore    the earliest day taken, or null
     * @param notAfter     the latest day taken, or null
     * @param fields       the sub-fields of each entry of a {@link FieldKind#LIST}, or of a {@link FieldKind#GROUP}
     * @param addLabel     the button that adds an entry to a list
     * @param removeLabel  the button that removes one, {@code {index}} standing for its number
     */
    public record FieldDescription(String name, FieldKind kind, String label, String hint, boolean required,
                                   List<Condition> shownWhen, Condition requiredWhen, Integer maxLength, Integer min,
                                   Integer max, LocalDate notBefore, LocalDate notAfter, List<Choice> choices,
                                   List<FieldDescription> fields, String addLabel, String removeLabel) {

        public FieldDescription withChoices(List<Choice> choices) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min,
                max, notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }

        public FieldDescription withNotBefore(LocalDate notBefore) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min,
                max, notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }

        public FieldDescription withNotAfter(LocalDate notAfter) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min,
                max, notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }

        public FieldDescription withHint(String hint) {
            return new FieldDescription(name, kind, label, hint, required, shownWhen, requiredWhen, maxLength, min,
                max, notBefore, notAfter, choices, fields, addLabel, removeLabel);
        }
    }

    /** Another field of the form has one of these values (as they read in JSON). */
    public record Condition(String field, List<String> is) {
    }

    /** A value the field may take, with the words people see. */
    public record Choice(String value, String label) {
    }
}
