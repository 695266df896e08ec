package io.ipcase.inbox.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.inbox.InboxTask;
import io.ipcase.inbox.steps.StepDescription.Condition;
import io.ipcase.inbox.steps.StepDescription.FieldDescription;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A step is declared once, by its values record: the form it shows and the checks it
 * makes agree.
 */
class StepFormsTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    enum Outcome {

        APPROVED, REFUSED, EXTENDED

    }

    record Entry(@NotBlank String place, @PastOrPresent LocalDate on) {
    }

    record Values(@NotNull Outcome outcome, @RequiredWhen(field = "outcome", is = {
            "REFUSED", "EXTENDED" }) @Size(max = 5000) String comments,
            @ShownWhen(field = "outcome", is = "EXTENDED") @NotNull @Min(1) @Max(2) Integer months,
            @PastOrPresent LocalDate decidedOn, @Size(max = 200) String reference, List<@Valid Entry> entries,
            List<String> items){
    }

    @Step("test-approval")
    static class ApprovalStep implements TaskStep<Values> {

        final AtomicReference<Values> completed = new AtomicReference<>();

        @Override
        public Map<String, Object> complete(StepContext step, Values values) {
            completed.set(values);
            return Map.of("approval", values.outcome().name());
        }

    }

    final ApprovalStep step = new ApprovalStep();

    final StepForms forms = forms(step);

    @Test
    void theFormIsReadFromTheValuesRecord() {
        StepDescription form = forms.describe(context());

        assertThat(form.submitLabel()).isEqualTo("提交");
        assertThat(form.fields()).extracting(FieldDescription::name)
            .containsExactly("outcome", "comments", "months", "decidedOn", "reference", "entries", "items");
        assertThat(field(form, "outcome").kind()).isEqualTo(FieldKind.RADIO);
        assertThat(field(form, "outcome").required()).isTrue();
        assertThat(field(form, "outcome").choices()).extracting(StepDescription.Choice::label)
            .containsExactly("批准", "不批准", "延长");
        assertThat(field(form, "comments").kind()).isEqualTo(FieldKind.TEXTAREA);
        assertThat(field(form, "comments").requiredWhen())
            .isEqualTo(new Condition("outcome", List.of("REFUSED", "EXTENDED")));
        assertThat(field(form, "months").shownWhen()).containsExactly(new Condition("outcome", List.of("EXTENDED")));
        assertThat(field(form, "months").min()).isEqualTo(1);
        assertThat(field(form, "months").max()).isEqualTo(2);
        assertThat(field(form, "decidedOn").notAfter()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(field(form, "reference").kind()).isEqualTo(FieldKind.TEXT);
        assertThat(field(form, "reference").maxLength()).isEqualTo(200);
        assertThat(field(form, "entries").kind()).isEqualTo(FieldKind.LIST);
        assertThat(field(form, "entries").fields()).extracting(FieldDescription::label).containsExactly("地点", "日期");
        assertThat(field(form, "items").kind()).isEqualTo(FieldKind.LINES);
        assertThat(field(form, "items").removeLabel()).isEqualTo("删除第 {index} 项");
    }

    record Question(@Input(FieldKind.RADIO) @NotNull Boolean sustained) {
    }

    @Step("test-question")
    static class QuestionStep implements TaskStep<Question> {

        @Override
        public Map<String, Object> complete(StepContext step, Question values) {
            return Map.of("sustained", values.sustained());
        }

    }

    @Test
    void aYesOrNoDrawnAsRadioButtonsOffersBothAnswers() {
        StepForms question = forms(new QuestionStep());
        StepContext context = context("test-question");

        assertThat(field(question.describe(context), "sustained").choices())
            .containsExactly(new StepDescription.Choice("true", "成立"), new StepDescription.Choice("false", "否"));
        assertThat(question.complete(context, new ObjectMapper().valueToTree(Map.of("sustained", "false"))))
            .containsEntry("sustained", false);
    }

    @Test
    void aStepAdjustsItsFormWithWhatOnlyItKnows() {
        StepForms adjusted = forms(new ApprovalStep() {
            @Override
            public StepDescription describe(StepContext step, StepDescription form) {
                return form.withField("decidedOn", f -> f.withNotBefore(LocalDate.of(2026, 11, 1)));
            }
        });

        assertThat(field(adjusted.describe(context()), "decidedOn").notBefore()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aValueRequiredByAnotherIsRefusedWithoutIt() {
        assertThat(violations(Map.of("outcome", "REFUSED"))).extracting(Violation::field).containsExactly("comments");
        assertThat(step.completed.get()).isNull();
    }

    @Test
    void aHiddenValueIsNeitherCheckedNorTaken() {
        Map<String, Object> variables = forms.complete(context(),
                new ObjectMapper().valueToTree(Map.of("outcome", "APPROVED", "months", 9)));

        assertThat(variables).containsEntry("approval", "APPROVED");
        assertThat(step.completed.get().months()).isNull();
    }

    @Test
    void aShownValueIsChecked() {
        assertThat(violations(Map.of("outcome", "EXTENDED", "comments", "复杂", "months", 3)))
            .extracting(Violation::field)
            .containsExactly("months");
        assertThat(violations(Map.of("outcome", "EXTENDED", "comments", "复杂"))).extracting(Violation::field)
            .containsExactly("months");
    }

    @Test
    void everyBrokenRuleIsReportedOnItsField() {
        assertThat(violations(
                Map.of("decidedOn", "2026-11-24", "entries", List.of(Map.of("place", " ", "on", "2026-11-20")))))
            .extracting(Violation::field)
            .containsExactlyInAnyOrder("outcome", "decidedOn", "entries[0].place");
    }

    @Test
    void aValueOfTheWrongShapeIsAFieldError() {
        assertThat(violations(Map.of("outcome", "MAYBE"))).extracting(Violation::field).containsExactly("outcome");
    }

    @Test
    void aFormKeyServedTwiceStopsTheApplication() {
        assertThatThrownBy(() -> forms(new ApprovalStep(), new ApprovalStep()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("test-approval");
    }

    private List<Violation> violations(Map<String, Object> values) {
        try {
            forms.complete(context(), new ObjectMapper().valueToTree(values));
        }
        catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted " + values);
    }

    private static FieldDescription field(StepDescription form, String name) {
        return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static StepContext context() {
        return context("test-approval");
    }

    private static StepContext context(String formKey) {
        InboxTask task = new InboxTask("t1", "Task_Approval", "审批", formKey, "test", null, null, null, null, null, null,
                null, null, 50, "officer", null, null, null, null, "yubei", null, "p1");
        return new StepContext(null, task);
    }

    private static StepForms forms(TaskStep<?>... steps) {
        StaticMessageSource messages = new StaticMessageSource();
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        messages.addMessage("step.submit", zh, "提交");
        messages.addMessage("step.list.remove", zh, "删除第 {index} 项");
        messages.addMessage("step.choice.APPROVED", zh, "批准");
        messages.addMessage("step.choice.REFUSED", zh, "不批准");
        messages.addMessage("step.test-approval.outcome.EXTENDED", zh, "延长");
        messages.addMessage("step.test-approval.entries.place", zh, "地点");
        messages.addMessage("step.test-approval.entries.on", zh, "日期");
        messages.addMessage("step.test-question.sustained.true", zh, "成立");
        messages.addMessage("step.choice.false", zh, "否");
        messages.setUseCodeAsDefaultMessage(false);
        org.springframework.context.i18n.LocaleContextHolder.setLocale(zh);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setConfigurationInitializer(configuration -> configuration.clockProvider(() -> CLOCK));
        validator.afterPropertiesSet();
        return new StepForms(List.of(steps), new StepDescriber(messages, CLOCK),
                new io.ipcase.web.Validation(validator), new ObjectMapper().findAndRegisterModules());
    }

}
