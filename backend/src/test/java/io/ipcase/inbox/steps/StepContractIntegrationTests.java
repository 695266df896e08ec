package io.ipcase.inbox.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ipcase.inbox.steps.StepDescription.FieldDescription;
import io.ipcase.support.PostgresIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models and the steps agree: every user task's form key has exactly one step, every
 * step a form key of the models, and every word of every step's form is there in both
 * languages. (The front end's task-forms test checks its hand-built forms against the
 * same models.)
 */
class StepContractIntegrationTests extends PostgresIntegrationTests {

    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask\\b[^>]*>");

    private static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"([^\"]+)\"");

    @Autowired
    StepForms steps;

    @Autowired
    StepDescriber describer;

    @Test
    void everyFormKeyOfTheModelsHasExactlyOneStepAndEveryStepAFormKey() throws IOException {
        List<String> tasksWithoutFormKey = new ArrayList<>();
        Set<String> modelKeys = new TreeSet<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                Matcher task = USER_TASK.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (task.find()) {
                    Matcher key = FORM_KEY.matcher(task.group());
                    if (key.find()) {
                        modelKeys.add(key.group(1));
                    }
                    else {
                        tasksWithoutFormKey.add(model.getFilename() + ": " + task.group());
                    }
                }
            }
        }

        assertThat(modelKeys).hasSizeGreaterThan(30);
        assertThat(tasksWithoutFormKey).isEmpty();
        assertThat(steps.formKeys()).containsExactlyInAnyOrderElementsOf(modelKeys);
    }

    @Test
    void everyWordOfEveryStepsFormIsThereInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(locale);
            try {
                for (String formKey : steps.formKeys()) {
                    StepDescription form = describer.describe(formKey, steps.valuesType(formKey), null);
                    if (form.submitLabel().startsWith("step.")) {
                        missing.add(locale + " " + form.submitLabel());
                    }
                    words(form.fields(), missing, locale);
                }
            }
            finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A word the messages lack reads as its key, which begins with "step.". */
    private static void words(List<FieldDescription> fields, List<String> missing, Locale locale) {
        for (FieldDescription field : fields) {
            List<String> words = new ArrayList<>();
            words.add(field.label());
            if (field.choices() != null) {
                field.choices().forEach(choice -> words.add(choice.label()));
            }
            if (field.addLabel() != null) {
                words.add(field.addLabel());
                words.add(field.removeLabel());
            }
            words.stream().filter(word -> word.startsWith("step.")).forEach(word -> missing.add(locale + " " + word));
            if (field.fields() != null) {
                words(field.fields(), missing, locale);
            }
        }
    }

}
