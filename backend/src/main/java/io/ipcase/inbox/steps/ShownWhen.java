package io.ipcase.inbox.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is asked for only when another field of the form has one of the given values
 * (a reason when refusing, say); several of these must all hold. A hidden value is
 * neither shown nor taken: its constraints do not apply and what is sent for it is
 * dropped.
 */
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ShownWhen.All.class)
public @interface ShownWhen {

    /** The other field's name. */
    String field();

    /**
     * Its values, as they read in JSON: an enum's name, {@code "true"}, {@code "false"}.
     */
    String[] is();

    @Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD })
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface All {

        ShownWhen[] value();

    }

}
