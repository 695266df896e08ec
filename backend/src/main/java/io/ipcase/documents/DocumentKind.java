package io.ipcase.documents;

public enum DocumentKind {
    /** filed by a party with a request */
    EVIDENCE,
    /** filed by a party in answer to a supplement notice */
    SUPPLEMENT,
    /** issued by the office (a notice, a decision), rendered from a template; see {@link OfficialDocuments} */
    OFFICIAL
}
