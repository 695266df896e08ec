package io.ipcase.cases;

import java.util.List;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.stereotype.Component;

/**
 * The case page's sections in the API's document: the page carries each section as a
 * property of its own (a {@code @JsonAnyGetter}, so that cases need not know the
 * procedures), which springdoc cannot see; this names each one with its content's schema,
 * so the front end's generated types know every section.
 */
@Component
class CaseSectionsSchema implements OpenApiCustomizer {

    static final String CASE_VIEW = "CaseView";

    private final List<CaseViewSection<?>> sections;

    private final ModelConverters converters;

    CaseSectionsSchema(List<CaseViewSection<?>> sections, SpringDocConfigProperties springdoc) {
        this.sections = sections;
        // the converters springdoc uses for the document's version, its schema names
        // among them
        this.converters = ModelConverters.getInstance(springdoc.isOpenapi31());
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        Schema<?> caseView = openApi.getComponents().getSchemas().get(CASE_VIEW);
        if (caseView == null) {
            return;
        }
        for (CaseViewSection<?> section : sections) {
            ResolvedSchema content = converters
                .resolveAsResolvedSchema(new AnnotatedType(section.contentType().getType()).resolveAsRef(true));
            content.referencedSchemas.forEach((name, schema) -> {
                if (!openApi.getComponents().getSchemas().containsKey(name)) {
                    openApi.getComponents().addSchemas(name, schema);
                }
            });
            caseView.addProperty(section.name(), content.schema);
        }
    }

}
