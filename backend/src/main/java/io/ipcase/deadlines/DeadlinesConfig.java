package io.ipcase.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

@Configuration(proxyBeanMethods = false)
class DeadlinesConfig {

    @Bean
    ZoneId officeZone(@Value("${ipcase.zone}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    Clock clock(ZoneId officeZone) {
        return Clock.system(officeZone);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(ObjectMapper mapper) throws IOException {
        try (InputStream json = new ClassPathResource("deadlines/holidays-cn.json").getInputStream()) {
            return WorkingDayCalendar.fromJson(json, mapper);
        }
    }
}
