package io.ipcase.inbox.steps;

import java.util.Map;

/**
 * The server side of a user task's form. {@code V} is a record of the values the step
 * takes: its components, their Bean Validation constraints and the annotations of this
 * package say what the form shows ({@link StepDescription}), and the same declarations
 * are checked when the task is completed, before {@link #complete} runs.
 *
 * @param <V> the step's values, a record
 */
public interface TaskStep<V> {

    /**
     * Records what the values decide and returns the variables the model branches on.
     * Runs in the transaction that completes the task: anything it throws leaves the task
     * and the case as they were.
     */
    Map<String, Object> complete(StepContext step, V values);

    /** The values the form opens with; null for none. */
    default V initialValues(StepContext step) {
        return null;
    }

    /**
     * What the form shows beyond what the values type says: choices read from data (the
     * officers one may name), a date bound computed from a clock.
     */
    default StepDescription describe(StepContext step, StepDescription form) {
        return form;
    }

}
