package io.ipcase.penalty.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * The fine's statutory ceiling (Patent Law art. 68, dmn/penalty-ceiling.dmn) and the
 * office's band within it for a level of seriousness (dmn/discretion-range.dmn),
 * evaluated by the engine's decision service. The tables give a multiple or a fixed sum
 * and whole percentages; the amounts are multiplied here in exact decimals, to the fen.
 */
@Service
class PenaltyCeilings {

    static final String CEILING_DECISION = "penalty-ceiling";
    static final String RANGE_DECISION = "discretion-range";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DecisionService decisions;

    PenaltyCeilings(DecisionService decisions) {
        this.decisions = decisions;
    }

    Quote quote(BigDecimal illegalGains, DiscretionLevel level) {
        BigDecimal gains = illegalGains == null ? BigDecimal.ZERO : illegalGains;
        Map<String, Object> vars = new HashMap<>();
        vars.put("illegalGains", gains);
        DmnDecisionResultEntries ceiling = decisions.evaluateDecisionByKey(CEILING_DECISION)
            .variables(vars)
            .evaluate()
            .getSingleResult();
        Number multiple = ceiling.getEntry("gainsMultiple");
        Number fixed = ceiling.getEntry("fixedCeiling");
        BigDecimal amount = multiple != null
                ? gains.multiply(BigDecimal.valueOf(multiple.longValue())).setScale(2, RoundingMode.UNNECESSARY)
                : BigDecimal.valueOf(fixed.longValue()).setScale(2);
        if (level == null) {
            return new Quote(gains, amount, multiple == null ? null : multiple.intValue(), null, null, null);
        }
        DmnDecisionResultEntries band = decisions.evaluateDecisionByKey(RANGE_DECISION)
            .variables(Map.of("discretionLevel", level.name()))
            .evaluate()
            .getSingleResult();
        Number min = band.getEntry("minPercent");
        Number max = band.getEntry("maxPercent");
        return new Quote(gains, amount, multiple == null ? null : multiple.intValue(), level,
                share(amount, min, RoundingMode.CEILING), share(amount, max, RoundingMode.FLOOR));
    }

    /**
     * A whole percentage of the ceiling, rounded inwards to the fen so the band never
     * leaves it.
     */
    private static BigDecimal share(BigDecimal ceiling, Number percent, RoundingMode inwards) {
        return ceiling.multiply(BigDecimal.valueOf(percent.longValue())).divide(HUNDRED, 2, inwards);
    }

    /**
     * The ceiling for these gains and, with a level, the band a fine of that level falls
     * in.
     *
     * @param gainsMultiple the multiple of the gains the ceiling is (5), or null for the
     * fixed 250,000 yuan
     */
    record Quote(BigDecimal illegalGains, BigDecimal ceiling, Integer gainsMultiple, DiscretionLevel level,
            BigDecimal rangeMin, BigDecimal rangeMax) {
    }

}
