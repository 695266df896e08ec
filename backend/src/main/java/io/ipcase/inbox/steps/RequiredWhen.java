package io.ipcase.inbox.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is always asked for, and required when another field has one of the given
 * values (comments are optional, but required with a refusal).
 */
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiredWhen {

    /** The other field's name. */
    String field();

    /** Its values, as they read in JSON. */
    String[] is();

    /** The message key of the violation. */
    String message() default "field.required";

}
