package io.ipcase.adjudication;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the law leaves open in an adjudication, with the defaults of domain/README.md, for
 * administrators to read at {@code GET /api/admin/settings/adjudication}
 * (ipcase.adjudication.*).
 *
 * @param hearingRooms the oral-hearing rooms: the Chongqing 14th five-year plan sets one
 * in each of the three regions (主城都市区, 渝东北三峡库区城镇群, 渝东南武陵山区城镇群)
 * @param onlineHearings whether hearings may be held online (Order 81 art. 27 allows
 * them; CNIPA's detailed rules are still to come)
 * @param suspensionReviewDays how often the panel looks again at whether a suspension's
 * cause has ended (art. 28 says "resume promptly" and sets no period)
 * @param pauseCasePeriodDuringMediation whether the case period stops while the
 * department mediates (art. 37 excludes settlement between the parties, and says nothing
 * of mediation)
 */
@ConfigurationProperties("ipcase.adjudication")
public record AdjudicationSettings(@DefaultValue List<HearingRoom> hearingRooms,
        @DefaultValue("true") boolean onlineHearings, @DefaultValue("30") int suspensionReviewDays,
        @DefaultValue("false") boolean pauseCasePeriodDuringMediation) {

    public static final String ONLINE = "ONLINE";

    public record HearingRoom(String id, String nameZh, String nameEn) {
    }

    /** The rooms a hearing may be held in, online included when allowed. */
    public List<String> roomIds() {
        List<String> ids = new java.util.ArrayList<>(hearingRooms.stream().map(HearingRoom::id).toList());
        if (onlineHearings) {
            ids.add(ONLINE);
        }
        return ids;
    }
}
