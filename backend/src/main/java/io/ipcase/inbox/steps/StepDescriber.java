package io.ipcase.inbox.steps;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ipcase.inbox.steps.StepDescription.Choice;
import io.ipcase.inbox.steps.StepDescription.Condition;
import io.ipcase.inbox.steps.StepDescription.FieldDescription;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a step's values record as a form: each component a field, its kind from its type
 * (or {@link Input}), required from its constraints, its words from the messages. A
 * field's label is {@code step.<form key>.<field>}, or {@code step.field.<field>} where
 * many steps share it; a choice's {@code step.<form key>.<field>.<VALUE>}, or
 * {@code step.choice.<VALUE>} (a yes-or-no drawn as {@link FieldKind#RADIO} has the
 * values {@code true} and {@code false}); optional words are
 * {@code step.<form key>.intro}, {@code step.<form key>.<field>.hint} and
 * {@code step.<form key>.submit}.
 */
@Component
class StepDescriber {

    /** Texts up to this length are one line; longer ones a paragraph. */
    static final int LONGEST_LINE = 1000;

    /** Enums with up to this many values are radio buttons; more, a list. */
    static final int MOST_RADIOS = 5;

    /** Text that is a whole number a long holds. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");

    private final MessageSource messages;

    private final Clock clock;

    StepDescriber(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    StepDescription describe(String formKey, Class<?> type, Object initialValues) {
        return new StepDescription(formKey, optional("step." + formKey + ".intro"),
                first("step." + formKey + ".submit", "step.submit"), fields(formKey, "", type), initialValues);
    }

    /** The fields whose conditions the values sent do not meet: not shown, not taken. */
    Set<String> hiddenFields(Class<?> type, JsonNode sent) {
        Set<String> hidden = new HashSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!shown(field(type, c), sent)) {
                hidden.add(c.getName());
            }
        }
        return hidden;
    }

    /**
     * The form sends a chosen value and a line as text (a choice's value is text, a line
     * is what was typed); where the values take whole numbers (an expert's id, claim
     * numbers), text that is one is read as that number. Any other text stays text, which
     * the strict reading of the values refuses under its field; fields typed as numbers
     * (INTEGER, MONEY) get no such help.
     */
    void readNumbersSentAsText(Class<?> type, ObjectNode sent) {
        for (RecordComponent c : type.getRecordComponents()) {
            Field field = field(type, c);
            FieldKind kind = kindOf(field);
            JsonNode value = sent.get(c.getName());
            if (kind == FieldKind.LINES && isWhole(elementType(field)) && value instanceof ArrayNode lines) {
                for (int i = 0; i < lines.size(); i++) {
                    lines.set(i, wholeNumberOf(lines.get(i)));
                }
            }
            else if ((kind == FieldKind.SELECT || kind == FieldKind.RADIO) && isWhole(field.getType())
                    && value != null) {
                sent.set(c.getName(), wholeNumberOf(value));
            }
        }
    }

    private static boolean isWhole(Class<?> type) {
        return type == Integer.class || type == Long.class;
    }

    private static JsonNode wholeNumberOf(JsonNode node) {
        if (node.isTextual() && WHOLE_NUMBER.matcher(node.asText().strip()).matches()) {
            return LongNode.valueOf(Long.parseLong(node.asText().strip()));
        }
        return node;
    }

    /**
     * A violation for each shown field whose {@link RequiredWhen} holds and that is
     * empty.
     */
    List<Violation> missingRequiredWhen(Class<?> type, Object values, JsonNode sent) {
        List<Violation> missing = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Field field = field(type, c);
            RequiredWhen rule = field.getAnnotation(RequiredWhen.class);
            if (rule != null && shown(field, sent) && holds(rule.field(), rule.is(), sent)
                    && StepForms.isEmpty(valueOf(c, values))) {
                missing.add(Violation.keyed(c.getName(), rule.message()));
            }
        }
        return missing;
    }

    private List<FieldDescription> fields(String formKey, String prefix, Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> field(formKey, prefix, type, c)).toList();
    }

    private FieldDescription field(String formKey, String prefix, Class<?> owner, RecordComponent c) {
        Field field = field(owner, c);
        String name = c.getName();
        String path = prefix + name;
        String key = "step." + formKey + "." + path;
        FieldKind kind = kindOf(field);
        Class<?> element = elementType(field);
        Size size = field.getAnnotation(Size.class);
        boolean textual = field.getType() == String.class;
        RequiredWhen requiredWhen = field.getAnnotation(RequiredWhen.class);
        List<Choice> choices = null;
        Class<?> choiceType = field.getType().isEnum() ? field.getType() : element;
        if (choiceType != null && choiceType.isEnum()) {
            choices = Arrays.stream(choiceType.getEnumConstants())
                .map(value -> ((Enum<?>) value).name())
                .map(value -> new Choice(value, first(key + "." + value, "step.choice." + value)))
                .toList();
        }
        else if (kind == FieldKind.RADIO && (field.getType() == Boolean.class || field.getType() == boolean.class)) {
            // a yes-or-no question both of whose answers say what they decide
            // ("sustained, the injunction is lifted")
            choices = Stream.of("true", "false")
                .map(value -> new Choice(value, first(key + "." + value, "step.choice." + value)))
                .toList();
        }
        boolean listed = kind == FieldKind.LIST || kind == FieldKind.LINES;
        return new FieldDescription(name, kind, first(key, "step.field." + name), optional(key + ".hint"),
                required(field),
                Arrays.stream(field.getAnnotationsByType(ShownWhen.class))
                    .map(s -> new Condition(s.field(), List.of(s.is())))
                    .toList(),
                requiredWhen == null ? null : new Condition(requiredWhen.field(), List.of(requiredWhen.is())),
                textual && size != null ? size.max() : null, min(field, listed ? size : null),
                max(field, listed ? size : null), notBefore(field), notAfter(field), choices,
                kind == FieldKind.LIST ? fields(formKey, path + ".", element)
                        : kind == FieldKind.GROUP ? fields(formKey, path + ".", field.getType()) : null,
                listed ? first(key + ".add", "step.list.add") : null,
                listed ? first(key + ".remove", "step.list.remove") : null);
    }

    private static FieldKind kindOf(Field field) {
        Input input = field.getAnnotation(Input.class);
        if (input != null) {
            return input.value();
        }
        Class<?> type = field.getType();
        if (type == String.class) {
            Size size = field.getAnnotation(Size.class);
            return size != null && size.max() <= LONGEST_LINE ? FieldKind.TEXT : FieldKind.TEXTAREA;
        }
        if (type == LocalDate.class) {
            return FieldKind.DATE;
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return FieldKind.DATETIME;
        }
        if (type == Boolean.class || type == boolean.class) {
            return FieldKind.SWITCH;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return FieldKind.INTEGER;
        }
        if (type == BigDecimal.class) {
            return FieldKind.MONEY;
        }
        if (type.isEnum()) {
            return type.getEnumConstants().length <= MOST_RADIOS ? FieldKind.RADIO : FieldKind.SELECT;
        }
        if (type.isRecord()) {
            return FieldKind.GROUP;
        }
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = elementType(field);
            if (element != null && element.isEnum()) {
                return FieldKind.CHECKBOXES;
            }
            if (element == String.class) {
                return FieldKind.LINES;
            }
            if (element != null && element.isRecord()) {
                return FieldKind.LIST;
            }
        }
        throw new IllegalStateException("no field kind for " + field + "; mark it with @Input");
    }

    private static Class<?> elementType(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static boolean required(Field field) {
        return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class) || field.getType().isPrimitive();
    }

    private static Integer min(Field field, Size entries) {
        if (field.isAnnotationPresent(Min.class)) {
            return (int) field.getAnnotation(Min.class).value();
        }
        if (field.isAnnotationPresent(Positive.class)) {
            return 1;
        }
        if (field.isAnnotationPresent(PositiveOrZero.class)) {
            return 0;
        }
        return entries != null && entries.min() > 0 ? entries.min() : null;
    }

    private static Integer max(Field field, Size entries) {
        if (field.isAnnotationPresent(Max.class)) {
            return (int) field.getAnnotation(Max.class).value();
        }
        return entries != null && entries.max() < Integer.MAX_VALUE ? entries.max() : null;
    }

    private LocalDate notBefore(Field field) {
        if (field.isAnnotationPresent(FutureOrPresent.class)) {
            return LocalDate.now(clock);
        }
        return field.isAnnotationPresent(Future.class) ? LocalDate.now(clock).plusDays(1) : null;
    }

    private LocalDate notAfter(Field field) {
        if (field.isAnnotationPresent(PastOrPresent.class)) {
            return LocalDate.now(clock);
        }
        return field.isAnnotationPresent(Past.class) ? LocalDate.now(clock).minusDays(1) : null;
    }

    private static boolean shown(Field field, JsonNode sent) {
        return Arrays.stream(field.getAnnotationsByType(ShownWhen.class)).allMatch(s -> holds(s.field(), s.is(), sent));
    }

    private static boolean holds(String field, String[] values, JsonNode sent) {
        JsonNode value = sent.get(field);
        return value != null && !value.isNull() && Arrays.asList(values).contains(value.asText());
    }

    private static Object valueOf(RecordComponent c, Object values) {
        try {
            // a step's values record is usually package-private, nested in its step
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(values);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record's field behind a component: constraints on a component land on it. */
    private static Field field(Class<?> owner, RecordComponent c) {
        try {
            return owner.getDeclaredField(c.getName());
        }
        catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private String first(String key, String fallback) {
        String text = optional(key);
        if (text != null) {
            return text;
        }
        text = optional(fallback);
        return text != null ? text : key;
    }

    private String optional(String key) {
        try {
            return messages.getMessage(key, null, LocaleContextHolder.getLocale());
        }
        catch (NoSuchMessageException e) {
            return null;
        }
    }

}
