package io.ipcase.documents;

import java.time.LocalDate;

/**
 * How a document reaches its addressee (Order 81 art. 10; Civil Procedure Law art.
 * 87–95).
 */
public enum ServiceMethod {

    /** by post: served on the day signed on the return receipt */
    POSTAL,
    /** handed over in person: served on the day signed on the service receipt */
    PERSONAL,
    /** left at the address when receipt is refused (留置, CPL art. 89) */
    LEFT_AT_ADDRESS,
    /**
     * with the addressee's consent, electronically: served on the day it reaches them
     * (CPL art. 90)
     */
    ELECTRONIC,
    /** by public notice: deemed served 30 days after publication (CPL art. 95) */
    PUBLIC_NOTICE;

    /** CPL art. 95: a public notice is deemed served 30 days after its publication. */
    public static final int PUBLIC_NOTICE_DAYS = 30;

    /**
     * The day the document is served, from which the addressee's periods run: the day on
     * the receipt, or for a public notice 30 days after the day of publication.
     */
    public LocalDate servedOn(LocalDate receivedOrPublishedOn) {
        return this == PUBLIC_NOTICE ? receivedOrPublishedOn.plusDays(PUBLIC_NOTICE_DAYS) : receivedOrPublishedOn;
    }

}
