package io.ipcase.adjudication;

import java.util.List;

import io.ipcase.security.AppUser;
import io.ipcase.web.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the adjudication's forms offer to choose from: hearing rooms, and officers for a panel. */
@RestController
class AdjudicationChoicesController {

    private final AdjudicationSettings settings;
    private final Panels panels;
    private final JdbcClient jdbc;

    AdjudicationChoicesController(AdjudicationSettings settings, Panels panels, JdbcClient jdbc) {
        this.settings = settings;
        this.panels = panels;
        this.jdbc = jdbc;
    }

    record Rooms(List<AdjudicationSettings.HearingRoom> rooms, boolean online) {
    }

    @GetMapping("/api/adjudication/hearing-rooms")
    Rooms rooms() {
        return new Rooms(settings.hearingRooms(), settings.onlineHearings());
    }

    record Officer(String username, String displayName) {
    }

    /** The officers of the caller's own office who may sit on a panel (Order 81 art. 20). */
    @GetMapping("/api/adjudication/officers")
    List<Officer> officers(@AuthenticationPrincipal AppUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("problem.staff-only");
        }
        List<String> eligible = panels.eligible(user.officeId());
        return jdbc.sql("select username, display_name from app_users where username in (:u) order by username")
            .param("u", eligible.isEmpty() ? List.of("") : eligible).query(Officer.class).list();
    }
}
