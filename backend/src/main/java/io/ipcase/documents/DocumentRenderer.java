package io.ipcase.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a template to an A4 PDF: Thymeleaf fills the HTML in, jsoup reads it as HTML5,
 * and openhtmltopdf lays it out with Noto Sans SC embedded (subset to the characters
 * used), so the document reads the same on every machine, with or without Chinese fonts,
 * and offline.
 */
@Component
class DocumentRenderer {

    static final String FONT_FAMILY = "Noto Sans SC";

    /**
     * Copied from the npm package @expo-google-fonts/noto-sans-sc by the frontend
     * module's build.
     */
    static final String REGULAR_FONT = "fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD_FONT = "fonts/700Bold/NotoSansSC_700Bold.ttf";

    static {
        // through the application's logging, not straight to the console
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private static final Logger log = LoggerFactory.getLogger(DocumentRenderer.class);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private volatile Fonts fonts;

    /**
     * Extra dialects are Spring beans, as in Spring Boot's own Thymeleaf setup (which
     * this application leaves off: its pages are the single-page application's); none by
     * default.
     */
    DocumentRenderer(ObjectProvider<IDialect> dialects) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setEnableSpringELCompiler(true);
        dialects.orderedStream().forEach(engine::addDialect);
    }

    /**
     * The template {@code documents/templates/<key>.html} with these variables, as a PDF.
     */
    byte[] render(String key, Map<String, Object> variables) {
        return toPdf(key, engine.process("templates/" + key, new Context(Locale.SIMPLIFIED_CHINESE, variables)));
    }

    /**
     * Once the application is up, renders a line in both weights in the background: the
     * first notice of the day would otherwise wait seconds for the fonts to load and the
     * classes to warm.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(() -> {
            try {
                toPdf("warm-up", "<html><body style=\"font-family: '" + FONT_FAMILY + "'\"><p>受理通知书 <b>第一页</b></p>"
                        + "</body></html>");
            }
            catch (RuntimeException e) {
                log.warn("Official documents cannot be rendered: {}", e.getMessage());
            }
        }, "document-renderer-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private byte[] toPdf(String what, String html) {
        Fonts f = fonts();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(f.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(f.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), "classpath:/documents/");
        builder.withProducer("ipcase");
        builder.toStream(pdf);
        try {
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot render " + what, e);
        }
        return pdf.toByteArray();
    }

    /**
     * Read once, on first use: 20 MB the application needs only when it issues documents.
     */
    private Fonts fonts() {
        Fonts loaded = fonts;
        if (loaded == null) {
            synchronized (this) {
                if (fonts == null) {
                    fonts = new Fonts(read(REGULAR_FONT), read(BOLD_FONT));
                }
                loaded = fonts;
            }
        }
        return loaded;
    }

    private static byte[] read(String path) {
        ClassPathResource font = new ClassPathResource(path);
        if (!font.exists()) {
            throw new IllegalStateException("The document font " + path + " is missing from the classpath; "
                    + "the frontend module's build copies it from node_modules after npm ci.");
        }
        try (InputStream in = font.getInputStream()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(byte[] regular, byte[] bold) {
    }

}
