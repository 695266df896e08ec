package io.ipcase.inbox.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Component;

/**
 * Marks the one class that completes the user tasks of a form key
 * ({@code camunda:formKey} in the models). The class implements {@link TaskStep}; every
 * form key of the models has exactly one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface Step {

    /** The form key. */
    String value();

}
