package io.ipcase.support;

import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Makes the rendering of an official document fail, inside the template engine, when the
 * document's text holds {@link #PATENT_TITLE}: a case about a patent of that title cannot
 * have its notices rendered.
 */
@TestComponent
public class SimulatedRenderingFailure extends AbstractDialect implements IPostProcessorDialect {

    public static final String PATENT_TITLE = "模拟排版故障";

    SimulatedRenderingFailure() {
        super("simulated-rendering-failure");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, FailOnMarker.class, 1000));
    }

    public static class FailOnMarker extends AbstractTemplateHandler {

        @Override
        public void handleText(IText text) {
            if (text.getText().contains(PATENT_TITLE)) {
                throw new IllegalStateException("simulated failure rendering a document about " + PATENT_TITLE);
            }
            super.handleText(text);
        }

    }

}
