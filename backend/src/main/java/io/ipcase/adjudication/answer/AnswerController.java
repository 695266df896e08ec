package io.ipcase.adjudication.answer;

import java.util.List;
import java.util.UUID;

import io.ipcase.security.AppUser;
import io.ipcase.storage.Uploads;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the parties (and the panel) do outside the inbox while the respondent answers: the
 * answer, more time for it, an objection to jurisdiction, a request for recusal. Each
 * answers 201 once recorded, 403 for someone it is not for, 404 for a case the caller may
 * not see, and 409 when the case is not at a stage that allows it.
 */
@RestController
class AnswerController {

    private final Answers answers;

    private final JurisdictionObjections objections;

    private final Recusals recusals;

    AnswerController(Answers answers, JurisdictionObjections objections, Recusals recusals) {
        this.answers = answers;
        this.objections = objections;
        this.recusals = recusals;
    }

    @PostMapping(path = "/api/cases/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void fileAnswer(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @RequestPart(name = "answer", required = false) String answer,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        answers.file(user, id, answer, Uploads.of(files));
    }

    @PostMapping("/api/cases/{id}/answer-period/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    void extendAnswerPeriod(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Answers.Extension extension) {
        answers.extend(user, id, extension);
    }

    @PostMapping("/api/cases/{id}/jurisdiction-objections")
    @ResponseStatus(HttpStatus.CREATED)
    void objectToJurisdiction(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody JurisdictionObjections.Objection objection) {
        objections.raise(user, id, objection);
    }

    @PostMapping("/api/cases/{id}/recusal-requests")
    @ResponseStatus(HttpStatus.CREATED)
    void requestRecusal(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
            @Valid @RequestBody Recusals.Request request) {
        recusals.request(user, id, request);
    }

}
