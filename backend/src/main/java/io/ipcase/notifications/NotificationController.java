package io.ipcase.notifications;

import io.ipcase.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Each person's own notices; anyone else's do not exist for them. */
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    Notifications.Inbox mine(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "20") int size) {
        return notifications.of(user, Math.min(Math.max(size, 1), 100));
    }

    @PostMapping("/api/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
        notifications.markRead(user, id);
    }

    @PostMapping("/api/notifications/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(@AuthenticationPrincipal AppUser user) {
        notifications.markAllRead(user);
    }

}
