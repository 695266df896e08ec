package io.ipcase.penalty;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ipcase.cases.CaseFiling.FiledCase;
import io.ipcase.deadlines.Deadlines;
import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.storage.Uploads;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** What the office's staff record on a counterfeit-patent case outside its tasks. */
@RestController
class PenaltyCaseController {

    private final PenaltyRegistration registration;
    private final PenaltyCases cases;
    private final PenaltyCeilings ceilings;
    private final Investigation investigation;
    private final Seizures seizures;
    private final ExcludedPeriods excluded;
    private final PenaltyNotices notices;
    private final PenaltyDecisions decisions;
    private final PenaltySettings settings;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    PenaltyCaseController(PenaltyRegistration registration, PenaltyCases cases, PenaltyCeilings ceilings,
                          Investigation investigation, Seizures seizures, ExcludedPeriods excluded,
                          PenaltyNotices notices, PenaltyDecisions decisions, PenaltySettings settings,
                          JdbcClient jdbc, Deadlines deadlines) {
        this.registration = registration;
        this.cases = cases;
        this.ceilings = ceilings;
        this.investigation = investigation;
        this.seizures = seizures;
        this.excluded = excluded;
        this.notices = notices;
        this.decisions = decisions;
        this.settings = settings;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @PostMapping("/api/penalty/cases")
    ResponseEntity<FiledCase> register(@AuthenticationPrincipal AppUser user, @RequestBody NewPenaltyCase lead) {
        FiledCase filed = registration.register(user, lead);
        return ResponseEntity.created(URI.create("/api/cases/" + filed.id())).body(filed);
    }

    /** The settings officers work by, and the law's fixed periods beside them. */
    @GetMapping("/api/penalty/settings")
    SettingsView settings() {
        return new SettingsView(settings.procedure(), settings.hearingThresholdPerson(),
            settings.hearingThresholdOrganisation(), settings.statementWorkingDays(),
            PenaltyClocks.HEARING_REQUEST_WORKING_DAYS, PenaltyClocks.HEARING_NOTICE_WORKING_DAYS,
            ExcludedPeriods.reasons(settings.procedure()), settings.samr());
    }

    /** The statutory ceiling for these gains and the band for the level (dmn/penalty-ceiling, discretion-range). */
    @GetMapping("/api/penalty/ceiling")
    PenaltyCeilings.Quote ceiling(@RequestParam(defaultValue = "0") String illegalGains,
                                  @RequestParam(required = false) DiscretionLevel discretionLevel) {
        BigDecimal gains;
        try {
            gains = new BigDecimal(illegalGains);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("illegalGains", "field.invalid-value");
        }
        if (gains.signum() < 0 || gains.scale() > 2) {
            throw InvalidInputException.of("illegalGains", "penalty.gain.amount.invalid");
        }
        return ceilings.quote(gains, discretionLevel);
    }

    /** The officers of the caller's office: handlers and presiding officers are chosen among them. */
    @GetMapping("/api/penalty/officers")
    List<Officer> officers(@AuthenticationPrincipal AppUser user) {
        return jdbc.sql("""
                select distinct u.username, u.display_name from app_users u join user_roles r on r.username = u.username
                where u.office_id = :o and u.enabled and r.role in ('OFFICER', 'SUPERVISOR') order by u.username""")
            .param("o", user.officeId()).query(Officer.class).list();
    }

    @PostMapping(path = "/api/penalty/cases/{id}/measures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> measure(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                              @RequestPart(name = "measure", required = false) Investigation.MeasureRecord measure,
                                              @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        long measureId = investigation.recordMeasure(user, id, measure, Uploads.of(files));
        return ResponseEntity.status(201).body(Map.of("id", measureId));
    }

    @PostMapping("/api/penalty/cases/{id}/gains")
    ResponseEntity<Investigation.Gain> gain(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                            @RequestBody Investigation.GainRecord gain) {
        return ResponseEntity.status(201).body(investigation.recordGain(user, id, gain));
    }

    @DeleteMapping("/api/penalty/cases/{id}/gains/{gainId}")
    ResponseEntity<Void> removeGain(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                    @PathVariable long gainId) {
        investigation.removeGain(user, id, gainId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/seizures")
    ResponseEntity<Seizures.Seizure> seize(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                           @Valid @RequestBody Seizures.SeizureRequest request) {
        return ResponseEntity.status(201).body(seizures.request(user, id, request));
    }

    @PostMapping("/api/penalty/cases/{id}/seizures/{seq}/testing")
    ResponseEntity<Void> testing(@AuthenticationPrincipal AppUser user, @PathVariable UUID id, @PathVariable int seq,
                                 @RequestBody TestingChange change) {
        seizures.testing(user, id, seq, change.starts(), change.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/seizures/{seq}/extension-request")
    ResponseEntity<Void> extendSeizure(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                       @PathVariable int seq, @RequestBody Reasons body) {
        seizures.requestExtension(user, id, seq, body.reasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/seizures/{seq}/release")
    ResponseEntity<Void> release(@AuthenticationPrincipal AppUser user, @PathVariable UUID id, @PathVariable int seq,
                                 @RequestBody Release body) {
        seizures.release(user, id, seq, body.releasedOn(), body.reasons());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/excluded-periods")
    ResponseEntity<Void> exclude(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                 @RequestBody Map<String, String> body) {
        excluded.start(user, id, body == null ? null : body.get("reason"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/excluded-periods/end")
    ResponseEntity<Void> endExcluded(@AuthenticationPrincipal AppUser user, @PathVariable UUID id) {
        excluded.end(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/penalty/cases/{id}/responses")
    ResponseEntity<Void> respond(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                 @RequestBody PenaltyNotices.PartyResponse response) {
        notices.respond(user, id, response);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/api/penalty/cases/{id}/payments")
    ResponseEntity<PenaltyDecisions.Due> pay(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                             @RequestBody PenaltyDecisions.PaymentRecord payment) {
        return ResponseEntity.status(201).body(decisions.recordPayment(user, id, payment));
    }

    /** What the party owes on a day, the surcharge included. */
    @GetMapping("/api/penalty/cases/{id}/due")
    PenaltyDecisions.Due due(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                             @RequestParam(required = false) LocalDate asOf) {
        cases.require(user, id);
        return decisions.due(id, asOf == null ? deadlines.today() : asOf);
    }

    @PostMapping("/api/penalty/cases/{id}/payment-arrangements")
    ResponseEntity<Void> arrange(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                 @RequestBody PenaltyDecisions.ArrangementRequest request) {
        decisions.requestArrangement(user, id, request);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/api/penalty/cases/{id}/challenges")
    ResponseEntity<Void> challenge(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                   @RequestBody PenaltyDecisions.ChallengeRecord challenge) {
        decisions.fileChallenge(user, id, challenge);
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/api/penalty/cases/{id}/challenges/{challengeId}/decision")
    ResponseEntity<Void> challengeDecided(@AuthenticationPrincipal AppUser user, @PathVariable UUID id,
                                          @PathVariable long challengeId,
                                          @RequestBody PenaltyDecisions.ChallengeDecision decision) {
        decisions.decideChallenge(user, id, challengeId, decision);
        return ResponseEntity.noContent().build();
    }

    record SettingsView(PenaltyProcedure procedure, BigDecimal hearingThresholdPerson,
                        BigDecimal hearingThresholdOrganisation, int statementWorkingDays,
                        int hearingRequestWorkingDays, int hearingNoticeWorkingDays, Set<String> excludedPeriodReasons,
                        PenaltySettings.Samr samr) {
    }

    record Officer(String username, String displayName) {
    }

    record TestingChange(boolean starts, String reason) {
    }

    record Reasons(String reasons) {
    }

    record Release(LocalDate releasedOn, String reasons) {
    }
}
