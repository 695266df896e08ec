package io.ipcase.adjudication;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rooms a hearing may be held in, for the scheduling form and the parties' hearing card. */
@RestController
class HearingRoomsController {

    private final AdjudicationSettings settings;

    HearingRoomsController(AdjudicationSettings settings) {
        this.settings = settings;
    }

    record Rooms(List<AdjudicationSettings.HearingRoom> rooms, boolean online) {
    }

    @GetMapping("/api/adjudication/hearing-rooms")
    Rooms rooms() {
        return new Rooms(settings.hearingRooms(), settings.onlineHearings());
    }
}
