package io.ipcase.inbox;

import java.util.Map;

import io.ipcase.security.AppUser;

/**
 * The server side of a user task's form: the capability that owns the task checks the submitted
 * values, records what they decide, and returns the variables the model branches on. Runs in the
 * transaction that completes the task.
 *
 * @param <T> the form's values, validated with Bean Validation before {@link #submit} is called
 */
public interface TaskForm<T> {

    /** The {@code camunda:formKey} of the user tasks this form serves. */
    String formKey();

    Class<T> valuesType();

    Map<String, Object> submit(AppUser user, InboxTask task, T values);
}
