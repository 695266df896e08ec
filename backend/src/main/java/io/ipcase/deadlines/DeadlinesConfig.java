package io.ipcase.deadlines;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeadlinesConfig {

    @Bean
    ZoneId officeZone(@Value("${ipcase.zone}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    Clock clock(ZoneId officeZone) {
        return Clock.system(officeZone);
    }

}
