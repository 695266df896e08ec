package io.ipcase.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The templates of official documents, one file per kind at
 * {@code documents/templates/<key>.html}. Each names itself in its head: the title
 * (受理通知书), the mark its numbers carry ({@code <meta name="number-mark" content="受">}) and
 * its English name ({@code <meta name="title-en" …>}), so a procedure adds a kind of
 * document by adding one file.
 */
@Component
class OfficialTemplates {

    static final String FOLDER = "documents/templates/";

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, OfficialTemplate> byKey = new ConcurrentHashMap<>();

    OfficialTemplate find(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a template key: " + key);
        }
        return byKey.computeIfAbsent(key, OfficialTemplates::read);
    }

    private static OfficialTemplate read(String key) {
        ClassPathResource file = new ClassPathResource(FOLDER + key + ".html");
        if (!file.exists()) {
            throw new IllegalArgumentException("no template " + FOLDER + key + ".html");
        }
        try (InputStream in = file.getInputStream()) {
            Document html = Jsoup.parse(in, StandardCharsets.UTF_8.name(), "");
            return new OfficialTemplate(key, required(html.title(), key, "<title>"),
                    required(meta(html, "number-mark"), key, "number-mark"),
                    required(meta(html, "title-en"), key, "title-en"));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String meta(Document html, String name) {
        Element meta = html.selectFirst("meta[name=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }

    private static String required(String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("template " + key + " lacks its " + what);
        }
        return value.strip();
    }

    record OfficialTemplate(String key, String title, String numberMark, String titleEn) {
    }

}
