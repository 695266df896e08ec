package io.ipcase.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The front end's build names every script and style after a hash of its content
 * (/assets/index-3f9a2c1b.js), so a file under /assets never changes: browsers keep it
 * for a year without asking again. The index page, which names the current files, is not
 * cached (the security headers' no-store stays on it).
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
            .addResourceLocations("classpath:/static/assets/")
            .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

}
