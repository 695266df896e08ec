package io.ipcase.storage;

public enum DocumentKind {

    /** filed by a party with a request */
    EVIDENCE,
    /** filed by a party in answer to a supplement notice */
    SUPPLEMENT,
    /** the respondent's answer and its evidence (Order 81 art. 22) */
    ANSWER,
    /** CNIPA's evaluation report on a utility model or design (Patent Law art. 66) */
    EVALUATION_REPORT,
    /** sent with a report from the public, kept with the case filed on it */
    REPORT,
    /** the record of an investigation measure, with its photographs and signatures */
    INVESTIGATION,
    /**
     * issued by the office (a notice, a decision), rendered from a template; see
     * {@link OfficialDocuments}
     */
    OFFICIAL

}
