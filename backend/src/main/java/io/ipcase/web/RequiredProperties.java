package io.ipcase.web;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * Which properties of the API's JSON are always there, for the OpenAPI document's
 * {@code required}. The application leaves out what is null
 * (spring.jackson.default-property-inclusion: non_absent), so in code marked
 * {@link NullMarked} a property is always there unless it is {@link Nullable} or an
 * Optional. Elsewhere nothing is known, and nothing is said.
 */
class RequiredProperties extends NopAnnotationIntrospector {

    private static final Set<Class<?>> OPTIONALS = Set.of(Optional.class, OptionalInt.class, OptionalLong.class,
            OptionalDouble.class);

    @Override
    public @Nullable Boolean hasRequiredMarker(AnnotatedMember member) {
        AnnotatedType type = declaredType(member);
        if (type == null || !nullMarked(member.getDeclaringClass())) {
            return null;
        }
        return !type.isAnnotationPresent(Nullable.class) && !OPTIONALS.contains(member.getRawType());
    }

    /**
     * The member's type as declared, with its type annotations: where JSpecify's
     * {@code @Nullable} sits.
     */
    private static @Nullable AnnotatedType declaredType(AnnotatedMember member) {
        if (member instanceof AnnotatedField field) {
            return field.getAnnotated().getAnnotatedType();
        }
        if (member instanceof AnnotatedMethod method) {
            return method.getParameterCount() == 0 ? method.getAnnotated().getAnnotatedReturnType()
                    : method.getAnnotated().getAnnotatedParameterTypes()[0];
        }
        if (member instanceof AnnotatedParameter parameter
                && parameter.getOwner().getMember() instanceof Executable executable) {
            return executable.getAnnotatedParameterTypes()[parameter.getIndex()];
        }
        return null;
    }

    /**
     * Whether the innermost of the class, its enclosing classes and its package that says
     * so is null-marked.
     */
    private static boolean nullMarked(Class<?> type) {
        for (Class<?> scope = type; scope != null; scope = scope.getEnclosingClass()) {
            if (scope.isAnnotationPresent(NullUnmarked.class)) {
                return false;
            }
            if (scope.isAnnotationPresent(NullMarked.class)) {
                return true;
            }
        }
        return type.getPackage() != null && type.getPackage().isAnnotationPresent(NullMarked.class);
    }

}
