package io.ipcase.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Static: a post-processor is made before the beans it watches. */
    @Bean
    static StartupLock startupLock() {
        return new StartupLock();
    }

}
