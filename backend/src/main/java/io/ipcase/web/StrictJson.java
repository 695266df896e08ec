package io.ipcase.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads a value only in the shape it has: no float becomes a whole number (1.7 is
 * no claim number), no number becomes text, no text a number or a yes/no; an amount of
 * money is a plain decimal with at most two places that fits the ledgers' columns
 * (numeric(14, 2)), as a JSON string ("1234.50", what the API writes) or a plain JSON
 * number (1234.5; never 1e2); a date is a date ("2026-11-23"), not a date-time. Anything
 * else is a field error in the caller's language ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictValueShapes() {
        return builder -> builder
            .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // a decimal sent to a form's JSON (inbox steps read a tree) keeps its written
            // form, so "1e2" cannot pass as 100.0 there either
            .featuresToEnable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .deserializerByType(BigDecimal.class, new Money())
            .deserializerByType(LocalDate.class, new Day())
            .deserializerByType(String.class, new Text())
            .postConfigurer(mapper -> {
                mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
                mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float,
                        LogicalType.Boolean }) {
                    mapper.coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                }
                mapper.coercionConfigFor(LogicalType.Boolean)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            });
    }

    /** Money: at most 12 digits before the point and 2 after it (numeric(14, 2)). */
    static final class Money extends StdScalarDeserializer<BigDecimal> {

        static final int INTEGER_DIGITS = 12;

        private static final Pattern PLAIN = Pattern.compile("-?\\d{1," + INTEGER_DIGITS + "}(\\.\\d{1,2})?");

        Money() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            String text = switch (token) {
                case VALUE_STRING -> p.getText();
                // straight from the request's text, or from a tree whose decimals keep
                // their scale
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
                        ? p.getDecimalValue().toString() : p.getText();
                default -> null;
            };
            if (text == null || !PLAIN.matcher(text).matches()) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, String.valueOf(text),
                        "not an amount of money");
            }
            return new BigDecimal(text);
        }

    }

    /**
     * Text without a NUL (PostgreSQL stores none; no form has a use for one); numbers and
     * yes/no are no text (the coercion settings above).
     */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf(0) >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, "\\u0000", "text with a NUL");
            }
            return text;
        }

    }

    /** A calendar day, ISO 8601 with a four-digit year and nothing after it. */
    static final class Day extends StdScalarDeserializer<LocalDate> {

        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

        Day() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.length() == 10) {
                    try {
                        return LocalDate.parse(text, ISO);
                    }
                    catch (DateTimeParseException e) {
                        // refused below
                    }
                }
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
            }
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }

    }

}
