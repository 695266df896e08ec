package io.ipcase.cases;

public enum CaseType {

    INFRINGEMENT_ADJUDICATION("裁"),
    /** a mediation of its own (Order 81 art. 63) */
    MEDIATION("调"),
    /** 假冒专利行政处罚 (Patent Law art. 68) */
    COUNTERFEIT_PENALTY("罚"),
    /**
     * Chongqing's preliminary injunction (先行发布禁令, rules.md §4), a case of its own linked
     * to its adjudication
     */
    PRELIMINARY_INJUNCTION("禁"),
    /**
     * rights-protection assistance (维权援助, rules.md §5), a request of its own, referred
     * into mediation or adjudication
     */
    ASSISTANCE("援");

    private final String numberMark;

    CaseType(String numberMark) {
        this.numberMark = numberMark;
    }

    /** The character a case number carries for its type, as in 渝北知裁〔2026〕7号. */
    public String numberMark() {
        return numberMark;
    }

}
