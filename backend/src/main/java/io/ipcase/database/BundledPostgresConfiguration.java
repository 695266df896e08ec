package io.ipcase.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured (no {@code spring.datasource.url}: the default profile),
 * the application runs on a PostgreSQL server of its own under {@code ipcase.data-dir}.
 * The pool is Spring Boot's usual one ({@code spring.datasource.hikari.*} apply); the
 * server stops after it, when the application shuts down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class BundledPostgresConfiguration {

    @Bean(destroyMethod = "stop")
    BundledPostgres bundledPostgres(@Value("${ipcase.data-dir}") Path dataDir) {
        return BundledPostgres.start(dataDir);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(BundledPostgres postgres) {
        return DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .url(postgres.jdbcUrl())
            .username(BundledPostgres.SUPERUSER)
            .password("")
            .build();
    }

}
