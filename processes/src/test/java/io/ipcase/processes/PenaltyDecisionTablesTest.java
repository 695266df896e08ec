package io.ipcase.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision tables of counterfeit-patent penalties: the fine's ceiling (Patent Law
 * art. 68), the office's discretion bands within it, and the crime thresholds of
 * 法释〔2025〕5号 art. 10.
 */
@Deployment(resources = { "dmn/penalty-ceiling.dmn", "dmn/discretion-range.dmn", "dmn/counterfeit-crime-check.dmn" })
class PenaltyDecisionTablesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private DmnDecisionResultEntries ceiling(String gains) {
        return decisions().evaluateDecisionByKey("penalty-ceiling")
            .variables(Map.of("illegalGains", new BigDecimal(gains)))
            .evaluate()
            .getSingleResult();
    }

    @ParameterizedTest(name = "illegal gains of {0} yuan allow a fine of up to 250,000 yuan")
    @CsvSource({ "0", "0.01", "49999.99", "50000.00" })
    void noGainsOrGainsOfFiftyThousandOrLessAllowAFineOfUpToTwoHundredFiftyThousand(String gains) {
        DmnDecisionResultEntries result = ceiling(gains);

        assertThat((Object) result.getEntry("fixedCeiling")).isEqualTo(250000);
        assertThat((Object) result.getEntry("gainsMultiple")).isNull();
    }

    @ParameterizedTest(name = "illegal gains of {0} yuan allow a fine of up to five times the gains")
    @CsvSource({ "50000.01", "10000000" })
    void gainsOverFiftyThousandAllowAFineOfUpToFiveTimesTheGains(String gains) {
        DmnDecisionResultEntries result = ceiling(gains);

        assertThat((Object) result.getEntry("gainsMultiple")).isEqualTo(5);
        assertThat((Object) result.getEntry("fixedCeiling")).isNull();
    }

    @Test
    void unknownGainsCountAsNoGains() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("illegalGains", null);

        DmnDecisionResultEntries result = decisions().evaluateDecisionByKey("penalty-ceiling")
            .variables(vars)
            .evaluate()
            .getSingleResult();

        assertThat((Object) result.getEntry("fixedCeiling")).isEqualTo(250000);
    }

    @ParameterizedTest(name = "a {0} violation is fined between {1} % and {2} % of the ceiling")
    @CsvSource({ "LIGHT, 0, 30", "NORMAL, 30, 70", "HEAVY, 70, 100" })
    void eachDiscretionLevelHasItsBandWithinTheCeiling(String level, int min, int max) {
        DmnDecisionResultEntries result = decisions().evaluateDecisionByKey("discretion-range")
            .variables(Map.of("discretionLevel", level))
            .evaluate()
            .getSingleResult();

        assertThat((Object) result.getEntry("minPercent")).isEqualTo(min);
        assertThat((Object) result.getEntry("maxPercent")).isEqualTo(max);
    }

    private String crimeGround(Map<String, Object> facts) {
        Map<String, Object> vars = new HashMap<>(Map.of("anotherPersonsPatent", true, "illegalGains", BigDecimal.ZERO,
                "businessVolume", BigDecimal.ZERO, "patenteeLoss", BigDecimal.ZERO, "patentCount", 1,
                "repeatWithinTwoYears", false, "otherSeriousCircumstances", false));
        vars.putAll(facts);
        return decisions().evaluateDecisionByKey("counterfeit-crime-check").variables(vars).evaluate().getSingleEntry();
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({ "illegalGains, 99999.99, NONE", "illegalGains, 100000.00, GAINS_OR_VOLUME",
            "businessVolume, 199999.99, NONE", "businessVolume, 200000.00, GAINS_OR_VOLUME",
            "patenteeLoss, 299999.99, NONE", "patenteeLoss, 300000.00, PATENTEE_LOSS" })
    void singlePatentThresholdsOfTheTwentyTwentyFiveInterpretation(String fact, String amount, String ground) {
        assertThat(crimeGround(Map.of(fact, new BigDecimal(amount)))).isEqualTo(ground);
    }

    @Test
    void twoOrMorePatentsLowerTheThresholdsToFiftyThousandGainsOrHundredThousandVolume() {
        assertThat(crimeGround(Map.of("patentCount", 2, "illegalGains", new BigDecimal("50000.00"))))
            .isEqualTo("SEVERAL_PATENTS");
        assertThat(crimeGround(Map.of("patentCount", 2, "businessVolume", new BigDecimal("100000.00"))))
            .isEqualTo("SEVERAL_PATENTS");
        assertThat(crimeGround(Map.of("patentCount", 2, "illegalGains", new BigDecimal("49999.99")))).isEqualTo("NONE");
        assertThat(crimeGround(Map.of("patentCount", 1, "illegalGains", new BigDecimal("50000.00")))).isEqualTo("NONE");
    }

    @Test
    void aRepeatOffenceWithinTwoYearsLowersTheThresholds() {
        assertThat(crimeGround(Map.of("repeatWithinTwoYears", true, "illegalGains", new BigDecimal("50000.00"))))
            .isEqualTo("REPEAT_OFFENCE");
        assertThat(crimeGround(Map.of("repeatWithinTwoYears", true, "businessVolume", new BigDecimal("100000.00"))))
            .isEqualTo("REPEAT_OFFENCE");
        assertThat(crimeGround(Map.of("repeatWithinTwoYears", true, "illegalGains", new BigDecimal("49999.99"))))
            .isEqualTo("NONE");
    }

    @Test
    void otherSeriousCircumstancesFoundByTheOfficerAreSuspectedCrimes() {
        assertThat(crimeGround(Map.of("otherSeriousCircumstances", true))).isEqualTo("OTHER_SERIOUS");
    }

    @Test
    void markingAnUnpatentedProductIsNeverTheCrimeOfCounterfeitingAnothersPatent() {
        assertThat(crimeGround(Map.of("anotherPersonsPatent", false, "illegalGains", new BigDecimal("10000000"))))
            .isEqualTo("NONE");
    }

    private static DecisionService decisions() {
        return engine.getDecisionService();
    }

}
