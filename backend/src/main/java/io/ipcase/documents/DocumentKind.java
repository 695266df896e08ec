package io.ipcase.documents;

public enum DocumentKind {
    /** filed by a party with a request */
    EVIDENCE,
    /** filed by a party in answer to a supplement notice */
    SUPPLEMENT,
    /** sent with a report from the public, kept with the case filed on it */
    REPORT,
    /** the record of an investigation measure, with its photographs and signatures */
    INVESTIGATION,
    /** issued by the office (a notice, a decision), rendered from a template; see {@link OfficialDocuments} */
    OFFICIAL
}
