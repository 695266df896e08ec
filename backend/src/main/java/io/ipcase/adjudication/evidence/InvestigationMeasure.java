package io.ipcase.adjudication.evidence;

/**
 * What the department may do to investigate a dispute (Patent Law art. 69 ¶2): question
 * the parties, inspect the site, inspect the products. Reviewing books and sealing or
 * seizing are powers against counterfeiting (art. 69 ¶1), never in a dispute, and are not
 * here.
 */
enum InvestigationMeasure {

    QUESTIONING("询问当事人"), SITE_INSPECTION("现场检查"), PRODUCT_INSPECTION("检验产品");

    /** The words of the notices, which are in Chinese. */
    final String nameZh;

    InvestigationMeasure(String nameZh) {
        this.nameZh = nameZh;
    }

}
