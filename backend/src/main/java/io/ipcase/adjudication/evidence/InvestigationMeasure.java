package io.ipcase.adjudication.evidence;

/**
 * What the department may do to investigate a dispute (Patent Law art. 69 ¶2): question
 * the parties, inspect the site, inspect the products. Reviewing books and sealing or
 * seizing are powers against counterfeiting (art. 69 ¶1), never in a dispute, and are not
 * here.
 */
enum InvestigationMeasure {

    QUESTIONING, SITE_INSPECTION, PRODUCT_INSPECTION

}
