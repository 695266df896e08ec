package io.ipcase.inbox.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Draws the value otherwise than its type suggests: a long text as one line, an enum of
 * many values as a list rather than radio buttons.
 */
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Input {

    FieldKind value();

}
