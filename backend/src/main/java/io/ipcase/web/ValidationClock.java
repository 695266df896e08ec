package io.ipcase.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent} and its kin compare with the application's clock, in the
 * office's time zone: "today" is the same day for a constraint, a deadline and a test
 * that fixes the date.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer officeClockForConstraints(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

}
