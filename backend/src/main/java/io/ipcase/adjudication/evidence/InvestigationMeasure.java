package io.ipcase.adjudication;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the department may do to investigate a dispute (Patent Law art. 69 ¶2): question the
 * parties, inspect the site, inspect the products. Reviewing books and sealing or seizing are
 * powers against counterfeiting (art. 69 ¶1), never in a dispute, and are not here.
 */
public enum InvestigationMeasure {
    QUESTIONING, SITE_INSPECTION, PRODUCT_INSPECTION;

    static Optional<InvestigationMeasure> of(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
