package io.ipcase.web;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Money is an exact decimal end to end: the API writes every BigDecimal as a JSON string
 * ("250000.05"), so no client reads it into floating point. Both strings and numbers are
 * read.
 */
@Configuration(proxyBeanMethods = false)
class MoneyJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer bigDecimalsAsStrings() {
        return builder -> builder.serializerByType(BigDecimal.class, ToStringSerializer.instance);
    }

}
