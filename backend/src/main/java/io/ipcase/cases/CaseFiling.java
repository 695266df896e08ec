package io.ipcase.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.documents.DocumentKind;
import io.ipcase.documents.Documents;
import io.ipcase.documents.UploadRules;
import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import jakarta.validation.Validator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files a request: checks all of it first, then stores the case, its parties and its evidence,
 * numbers it and starts its procedure in one transaction. A case is filed whole or not at all.
 */
@Service
public class CaseFiling {

    static final int MAX_EVIDENCE_FILES = 20;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final Offices offices;
    private final CaseNumbers numbers;
    private final Documents documents;
    private final UploadRules uploads;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseFiling(JdbcClient jdbc, Validator validator, Offices offices, CaseNumbers numbers, Documents documents,
               UploadRules uploads, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.offices = offices;
        this.numbers = numbers;
        this.documents = documents;
        this.uploads = uploads;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FiledCase fileInfringementDispute(AppUser filer, InfringementFiling filing, List<MultipartFile> evidence) {
        List<Violation> violations = new ArrayList<>();
        validator.validate(filing).forEach(v ->
            violations.add(Violation.resolved(v.getPropertyPath().toString(), v.getMessage())));
        Optional<Office> office = offices.find(filing.officeId());
        if (filing.officeId() != null && !filing.officeId().isBlank() && office.isEmpty()) {
            violations.add(Violation.keyed("officeId", "filing.office.unknown", filing.officeId()));
        }
        String patentNumber = checkPatent(filing.patent(), violations);
        checkIdentity("requester", filing.requester(), true, violations);
        checkIdentity("respondent", filing.respondent(), false, violations);
        if (filing.claims() != null && new HashSet<>(filing.claims()).size() != filing.claims().size()) {
            violations.add(Violation.keyed("claims", "filing.claims.duplicate"));
        }
        if (evidence.size() > MAX_EVIDENCE_FILES) {
            violations.add(Violation.keyed("evidence", "upload.too-many", MAX_EVIDENCE_FILES));
        }
        violations.addAll(uploads.check("evidence", evidence));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID caseId = UUID.randomUUID();
        CaseType type = CaseType.INFRINGEMENT_ADJUDICATION;
        String caseNumber = numbers.next(office.get().id(), office.get().casePrefix(), type, now.getYear());
        jdbc.sql("""
                insert into cases (id, case_number, office_id, case_type, stage, filed_by, filed_at, received_on,
                    patent_number, patent_type, patent_title, claims, facts_and_reasons, requested_measures)
                values (:id, :number, :office, :type, 'FILED', :filedBy, :filedAt, :receivedOn,
                    :patentNumber, :patentType, :patentTitle, :claims, :facts, :measures)""")
            .param("id", caseId)
            .param("number", caseNumber)
            .param("office", office.get().id())
            .param("type", type.name())
            .param("filedBy", filer.getUsername())
            .param("filedAt", now)
            // filed online: received the day it arrives (Civil Procedure Law art. 90, e-service)
            .param("receivedOn", now.toLocalDate())
            .param("patentNumber", patentNumber)
            .param("patentType", filing.patent().type().name())
            .param("patentTitle", filing.patent().title().strip())
            .param("claims", filing.claims().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
            .param("facts", filing.factsAndReasons().strip())
            .param("measures", filing.requestedMeasures().strip())
            .update();
        insertParty(caseId, PartyRecord.REQUESTER, filing.requester(), filer.getUsername());
        insertParty(caseId, PartyRecord.RESPONDENT, filing.respondent(), null);
        for (MultipartFile file : evidence) {
            documents.store(caseId, DocumentKind.EVIDENCE, file, filer.getUsername());
        }
        audit.record(filer.getUsername(), AuditActions.CASE_FILED, caseId, caseNumber);
        events.publishEvent(new CaseFiled(caseId, type, office.get().id(), now.toLocalDate(), filer.getUsername()));
        return new FiledCase(caseId, caseNumber);
    }

    private String checkPatent(InfringementFiling.Patent patent, List<Violation> violations) {
        if (patent == null || patent.number() == null || patent.number().isBlank()) {
            return null;
        }
        Optional<String> number = PatentNumbers.normalise(patent.number());
        if (number.isEmpty()) {
            violations.add(Violation.keyed("patent.number", "patent.number.invalid"));
            return null;
        }
        if (patent.type() != null && !patent.type().matchesKindDigit(PatentNumbers.kindDigit(number.get()))) {
            violations.add(Violation.keyed("patent.number", "patent.number.type-mismatch"));
        }
        return number.get();
    }

    private static void checkIdentity(String field, InfringementFiling.Party party, boolean required,
                                      List<Violation> violations) {
        if (party == null || party.kind() == null) {
            return;
        }
        String id = party.idNumber();
        if (id == null || id.isBlank()) {
            if (required) {
                violations.add(Violation.keyed(field + ".idNumber", "party.id-number.required"));
            }
            return;
        }
        boolean valid = switch (party.kind()) {
            case PERSON -> IdentityNumbers.isResidentId(id.strip())
                // a person without a domicile in China has no resident ID: accept a passport number
                || (!party.domiciledInChina() && id.strip().matches("[A-Za-z0-9]{5,20}"));
            case ORGANISATION -> IdentityNumbers.isUnifiedSocialCreditCode(id.strip())
                || (!party.domiciledInChina() && id.strip().matches("[A-Za-z0-9-]{3,32}"));
        };
        if (!valid) {
            violations.add(Violation.keyed(field + ".idNumber",
                party.kind() == PartyKind.PERSON ? "party.resident-id.invalid" : "party.credit-code.invalid"));
        }
    }

    private void insertParty(UUID caseId, String role, InfringementFiling.Party party, String username) {
        jdbc.sql("""
                insert into case_parties (case_id, party_role, kind, name, id_number, address, contact,
                    domicile_in_china, username)
                values (:caseId, :role, :kind, :name, :idNumber, :address, :contact, :domestic, :username)""")
            .param("caseId", caseId)
            .param("role", role)
            .param("kind", party.kind().name())
            .param("name", party.name().strip())
            .param("idNumber", party.idNumber() == null || party.idNumber().isBlank()
                ? null : party.idNumber().strip().toUpperCase())
            .param("address", party.address().strip())
            .param("contact", party.contact() == null ? null : party.contact().strip())
            .param("domestic", party.domiciledInChina())
            .param("username", username)
            .update();
    }

    public record FiledCase(UUID id, String caseNumber) {
    }
}
