package io.ipcase.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every setting of the application ({@code ipcase.*}) for administrators (/api/admin/**):
 * its value now, its default (application.yml as shipped), what it is and where it comes
 * from in law or practice (words {@code setting.<key>.label} and {@code .source}).
 * Read-only: a setting changes with the deployment's configuration.
 */
@RestController
class SettingsController {

    /** The shipped defaults: the application's own file, not a profile's. */
    static final String DEFAULTS = "[application.yml]";

    private final ConfigurableEnvironment environment;

    private final MessageSource messages;

    SettingsController(ConfigurableEnvironment environment, MessageSource messages) {
        this.environment = environment;
        this.messages = messages;
    }

    @GetMapping("/api/admin/settings")
    List<Setting> settings() {
        Locale locale = LocaleContextHolder.getLocale();
        List<Setting> settings = new ArrayList<>();
        defaults().forEach((key,
                value) -> settings.add(new Setting(key, current(key), value,
                        messages.getMessage("setting." + key + ".label", null, key, locale),
                        messages.getMessage("setting." + key + ".source", null, "", locale))));
        return settings;
    }

    /**
     * The keys of application.yml under ipcase, in its order; a list (the hearing rooms)
     * is one setting, its items' ids joined.
     */
    Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> file && source.getName().contains(DEFAULTS)) {
                for (String name : file.getPropertyNames()) {
                    if (!name.startsWith("ipcase.")) {
                        continue;
                    }
                    int bracket = name.indexOf('[');
                    if (bracket < 0) {
                        defaults.put(name, String.valueOf(file.getProperty(name)));
                    }
                    else if (!defaults.containsKey(name.substring(0, bracket))) {
                        String key = name.substring(0, bracket);
                        defaults.put(key, listed(key, file::getProperty));
                    }
                }
            }
        }
        return defaults;
    }

    private @Nullable String current(String key) {
        String value = environment.getProperty(key);
        if (value == null && environment.containsProperty(key + "[0].id")) {
            return listed(key, environment::getProperty);
        }
        return value;
    }

    private static String listed(String key, Function<String, @Nullable Object> property) {
        List<String> items = new ArrayList<>();
        for (int i = 0;; i++) {
            Object id = property.apply(key + "[" + i + "].id");
            Object plain = property.apply(key + "[" + i + "]");
            if (id == null && plain == null) {
                return String.join(", ", items);
            }
            items.add(String.valueOf(id != null ? id : plain));
        }
    }

    /**
     * @param value the value in force, null when unset
     * @param defaultValue the value shipped in application.yml
     * @param source the law, or the practice, it follows
     */
    @NullMarked
    record Setting(String key, @Nullable String value, String defaultValue, String label, String source) {
    }

}
