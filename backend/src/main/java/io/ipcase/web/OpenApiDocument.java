package io.ipcase.web;

import java.util.List;

import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document at /api/openapi, from which the front end's types are generated:
 * the same document whichever host serves it, one schema per Java type, and the
 * properties that are always there marked required.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    @Bean
    OpenAPI ipcaseApi() {
        return new OpenAPI().info(new Info().title("ipcase").version("1"))
            // relative, instead of springdoc's guess from the request (a host and port
            // that vary)
            .servers(List.of(new Server().url("/")));
    }

    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    /**
     * Swagger's model resolver, naming schemas by {@link SchemaNames} and telling
     * required properties by {@link RequiredProperties}. springdoc puts it in the place
     * of its default one (same class); registered first, it stays behind springdoc's own
     * converters, which hand it what they do not handle themselves.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver apiModelResolver(SchemaNames names, SpringDocConfigProperties springdoc) {
        return modelResolver(names, springdoc.isOpenapi31());
    }

    static ModelResolver modelResolver(SchemaNames names, boolean openapi31) {
        // a copy of swagger's mapper (the one its default resolver reads types with), not
        // the global itself
        ObjectMapper mapper = (openapi31 ? Json31.mapper() : Json.mapper()).copy();
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new RequiredProperties(),
                mapper.getSerializationConfig().getAnnotationIntrospector()));
        return new ModelResolver(mapper, names).openapi31(openapi31);
    }

}
