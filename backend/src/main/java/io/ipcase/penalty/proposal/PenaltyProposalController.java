package io.ipcase.penalty.proposal;

import java.math.BigDecimal;

import io.ipcase.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ceiling and band of a fine, offered as the officer types the proposal. */
@RestController
class PenaltyProposalController {

    private final PenaltyCeilings ceilings;

    PenaltyProposalController(PenaltyCeilings ceilings) {
        this.ceilings = ceilings;
    }

    /**
     * The statutory ceiling for these gains and the band for the level
     * (dmn/penalty-ceiling, discretion-range).
     */
    @GetMapping("/api/penalty/ceiling")
    PenaltyCeilings.Quote ceiling(@RequestParam(defaultValue = "0") String illegalGains,
            @RequestParam(required = false) DiscretionLevel discretionLevel) {
        BigDecimal gains;
        try {
            gains = new BigDecimal(illegalGains);
        }
        catch (NumberFormatException e) {
            throw InvalidInputException.of("illegalGains", "field.invalid-value");
        }
        if (gains.signum() < 0 || gains.scale() > 2) {
            throw InvalidInputException.of("illegalGains", "penalty.gain.amount.invalid");
        }
        return ceilings.quote(gains, discretionLevel);
    }

}
