package io.ipcase.cases;

import java.util.function.BiFunction;

import io.ipcase.security.AppUser;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.ResolvableType;

/**
 * A part of the case page that another capability owns (the procedure's decisions, the
 * open tasks). Each adds its own section under its own name, so the case page grows with
 * the models without this package knowing them. The content has one type, which the API's
 * document names (see {@link CaseSectionsSchema}), so the front end reads each section
 * typed.
 *
 * @param <T> the section's content
 */
public interface CaseViewSection<T> {

    String name();

    /** The section's content for this viewer, or null to leave it out. */
    T contentFor(CaseRecord theCase, AppUser viewer);

    /**
     * The content's type: the type argument of the implementing class, or the one given
     * to {@link #of}.
     */
    default ResolvableType contentType() {
        return ResolvableType.forClass(AopUtils.getTargetClass(this)).as(CaseViewSection.class).getGeneric(0);
    }

    /**
     * A section whose content a function gives (for capabilities that contribute
     * several).
     */
    static <T> CaseViewSection<T> of(String name, ResolvableType type, BiFunction<CaseRecord, AppUser, T> content) {
        return new CaseViewSection<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public T contentFor(CaseRecord theCase, AppUser viewer) {
                return content.apply(theCase, viewer);
            }

            @Override
            public ResolvableType contentType() {
                return type;
            }
        };
    }

    /** A section of one record type. */
    static <T> CaseViewSection<T> of(String name, Class<T> type, BiFunction<CaseRecord, AppUser, T> content) {
        return of(name, ResolvableType.forClass(type), content);
    }

}
