package io.ipcase.inbox.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.JsonPaths;
import io.ipcase.web.Validation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Every step of the models by its form key: what its form shows, and its completion,
 * checked against the same declarations. A form key served twice, a step without
 * {@link Step}, or values that are not a record stop the application at start-up.
 */
@Component
public class StepForms {

    private final Map<String, Registered<?>> steps;

    private final StepDescriber describer;

    private final Validation validation;

    private final ObjectMapper mapper;

    StepForms(List<TaskStep<?>> steps, StepDescriber describer, Validation validation, ObjectMapper mapper) {
        this.steps = steps.stream()
            .map(StepForms::register)
            .collect(Collectors.toMap(Registered::formKey, Function.identity(), (a, b) -> {
                throw new IllegalStateException("form key " + a.formKey() + " is served by both "
                        + a.step().getClass().getName() + " and " + b.step().getClass().getName());
            }, LinkedHashMap::new));
        this.describer = describer;
        this.validation = validation;
        this.mapper = mapper;
    }

    /** The form keys of every step. */
    public Set<String> formKeys() {
        return Collections.unmodifiableSet(steps.keySet());
    }

    /** Whether a step serves the form key. */
    public boolean serves(String formKey) {
        return steps.containsKey(formKey);
    }

    /** The values type of a form key's step (for tests that check every step's words). */
    public Class<?> valuesType(String formKey) {
        return require(formKey).type();
    }

    /** What the task's form shows, in the caller's language. */
    public StepDescription describe(StepContext context) {
        return describe(require(context.task().formKey()), context);
    }

    /**
     * Checks the values a person sent against the step's declarations, then completes the
     * step. Returns the variables the model branches on; throws a 400 listing every field
     * at fault.
     */
    public Map<String, Object> complete(StepContext context, JsonNode values) {
        return complete(require(context.task().formKey()), context, values);
    }

    private <V> StepDescription describe(Registered<V> registered, StepContext context) {
        StepDescription form = describer.describe(registered.formKey(), registered.type(),
                registered.step().initialValues(context));
        return registered.step().describe(context, form);
    }

    private <V> Map<String, Object> complete(Registered<V> registered, StepContext context, JsonNode json) {
        if (json != null && !json.isObject() && !json.isNull()) {
            throw InvalidInputException.of("body", "field.invalid-value");
        }
        ObjectNode sent = json instanceof ObjectNode object ? object.deepCopy() : mapper.createObjectNode();
        Set<String> hidden = describer.hiddenFields(registered.type(), sent);
        sent.remove(hidden);
        describer.readNumbersSentAsText(registered.type(), sent);
        V values = read(sent, registered.type());
        List<Violation> violations = new ArrayList<>();
        validation.violationsOf(values)
            .stream()
            .filter(v -> !hidden.contains(root(v.field())))
            .forEach(violations::add);
        violations.addAll(describer.missingRequiredWhen(registered.type(), values, sent));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return registered.step().complete(context, values);
    }

    private <V> V read(ObjectNode json, Class<V> type) {
        try {
            return mapper.treeToValue(json, type);
        }
        catch (MismatchedInputException e) {
            throw new InvalidInputException(List.of(JsonPaths.violationOf(e)));
        }
        catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "field.invalid-value");
        }
    }

    private static String root(String path) {
        int end = path.length();
        for (char c : new char[] { '.', '[' }) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    private Registered<?> require(String formKey) {
        Registered<?> registered = steps.get(formKey);
        if (registered == null) {
            throw new IllegalStateException("no step serves form key " + formKey);
        }
        return registered;
    }

    private static Registered<?> register(TaskStep<?> step) {
        Class<?> target = AopUtils.getTargetClass(step);
        Step key = AnnotationUtils.findAnnotation(target, Step.class);
        if (key == null) {
            throw new IllegalStateException(target.getName() + " is a TaskStep without @Step");
        }
        Class<?> type = ResolvableType.forClass(TaskStep.class, target).resolveGeneric(0);
        if (type == null || !type.isRecord()) {
            throw new IllegalStateException(target.getName() + " must take a record of values, not " + type);
        }
        return Registered.of(key.value(), step, type);
    }

    /** A step with its form key and its values type. */
    private record Registered<V>(String formKey, TaskStep<V> step, Class<V> type) {

        @SuppressWarnings("unchecked")
        static <V> Registered<V> of(String formKey, TaskStep<?> step, Class<?> type) {
            return new Registered<>(formKey, (TaskStep<V>) step, (Class<V>) type);
        }
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank()
                || value instanceof Collection<?> collection && collection.isEmpty();
    }

}
