package io.ipcase.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.ipcase.audit.AuditActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.security.AppUser;
import io.ipcase.security.Office;
import io.ipcase.security.Offices;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.jspecify.annotations.NullMarked;
import io.ipcase.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import io.ipcase.storage.CaseFile;

/**
 * Files a request: checks all of it first, then stores the case, its parties and its
 * evidence, numbers it and starts its procedure in one transaction. A case is filed whole
 * or not at all.
 */
@Service
public class CaseFiling {

    static final int MAX_EVIDENCE_FILES = 20;

    private final JdbcClient jdbc;

    private final Validation validation;

    private final Offices offices;

    private final CaseNumbers numbers;

    private final Documents documents;

    private final UploadRules uploads;

    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    CaseFiling(JdbcClient jdbc, Validation validation, Offices offices, CaseNumbers numbers, Documents documents,
            UploadRules uploads, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.offices = offices;
        this.numbers = numbers;
        this.documents = documents;
        this.uploads = uploads;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public FiledCase fileInfringementDispute(AppUser filer, InfringementFiling filing, List<CaseFile> evidence) {
        List<Violation> violations = new ArrayList<>(validation.violationsOf(filing));
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

        return store(filer, CaseType.INFRINGEMENT_ADJUDICATION, office.get(), patentNumber, filing.requester(),
                filing.respondent(), filing.patent(),
                filing.claims().stream().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                filing.factsAndReasons().strip(), filing.requestedMeasures().strip(), DocumentKind.EVIDENCE, evidence);
    }

    /**
     * Files a request of another kind that names its parties and patent as a dispute does
     * (a mediation request, Order 81 art. 64). The caller has checked its own fields and
     * passes what it found wrong; this adds the checks of office, parties, patent and
     * files, and stores the case whole or not at all, in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public FiledCase fileRequest(AppUser filer, CaseType type, String officeId, InfringementFiling.Party requester,
            InfringementFiling.Party respondent, InfringementFiling.Patent patent, String matters, String requested,
            DocumentKind documentKind, List<CaseFile> files, List<Violation> violations) {
        List<Violation> all = new ArrayList<>(violations);
        Optional<Office> office = offices.find(officeId);
        if (officeId == null || officeId.isBlank()) {
            all.add(Violation.keyed("officeId", "filing.office.required"));
        }
        else if (office.isEmpty()) {
            all.add(Violation.keyed("officeId", "filing.office.unknown", officeId));
        }
        if (requester == null) {
            all.add(Violation.keyed("requester", "filing.requester.required"));
        }
        if (respondent == null) {
            all.add(Violation.keyed("respondent", "filing.respondent.required"));
        }
        if (patent == null) {
            all.add(Violation.keyed("patent", "filing.patent.required"));
        }
        for (String field : List.of("requester", "respondent", "patent")) {
            Object part = switch (field) {
                case "requester" -> requester;
                case "respondent" -> respondent;
                default -> patent;
            };
            if (part != null) {
                all.addAll(validation.violationsOf(field, part));
            }
        }
        String patentNumber = checkPatent(patent, all);
        checkIdentity("requester", requester, true, all);
        checkIdentity("respondent", respondent, false, all);
        if (files.size() > MAX_EVIDENCE_FILES) {
            all.add(Violation.keyed("files", "upload.too-many", MAX_EVIDENCE_FILES));
        }
        all.addAll(uploads.check("files", files));
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return store(filer, type, office.get(), patentNumber, requester, respondent, patent, "", matters, requested,
                documentKind, files);
    }

    private FiledCase store(AppUser filer, CaseType type, Office office, String patentNumber,
            InfringementFiling.Party requester, InfringementFiling.Party respondent, InfringementFiling.Patent patent,
            String claims, String facts, String measures, DocumentKind documentKind, List<CaseFile> files) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID caseId = UUID.randomUUID();
        String caseNumber = numbers.next(office.id(), office.casePrefix(), type, now.getYear());
        jdbc.sql("""
                insert into cases (id, case_number, office_id, case_type, stage, filed_by, filed_at, received_on,
                    patent_number, patent_type, patent_title, claims, facts_and_reasons, requested_measures)
                values (:id, :number, :office, :type, 'FILED', :filedBy, :filedAt, :receivedOn,
                    :patentNumber, :patentType, :patentTitle, :claims, :facts, :measures)""")
            .param("id", caseId)
            .param("number", caseNumber)
            .param("office", office.id())
            .param("type", type.name())
            .param("filedBy", filer.getUsername())
            .param("filedAt", now)
            // filed online: received the day it arrives (Civil Procedure Law art. 90,
            // e-service)
            .param("receivedOn", now.toLocalDate())
            .param("patentNumber", patentNumber)
            .param("patentType", patent.type().name())
            .param("patentTitle", patent.title().strip())
            .param("claims", claims)
            .param("facts", facts)
            .param("measures", measures)
            .update();
        insertParty(caseId, PartyRecord.REQUESTER, requester, filer.getUsername());
        insertParty(caseId, PartyRecord.RESPONDENT, respondent, null);
        for (CaseFile file : files) {
            documents.store(caseId, documentKind, file, filer.getUsername());
        }
        audit.record(filer.getUsername(), AuditActions.CASE_FILED, caseId, caseNumber);
        events.publishEvent(new CaseFiled(caseId, type, office.id(), now.toLocalDate(), filer.getUsername()));
        return new FiledCase(caseId, caseNumber);
    }

    /**
     * Opens a case the office itself brings (a penalty case filed on a report, a referral
     * or its own finding), already checked by the capability that owns it: numbers it,
     * stores it with its parties and publishes {@link CaseFiled}, all in the caller's
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public FiledCase open(OpenedCase opened, String openedBy) {
        Office office = offices.find(opened.officeId())
            .orElseThrow(() -> new IllegalArgumentException("unknown office " + opened.officeId()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID caseId = UUID.randomUUID();
        String caseNumber = numbers.next(office.id(), office.casePrefix(), opened.type(), now.getYear());
        jdbc.sql("""
                insert into cases (id, case_number, office_id, case_type, stage, filed_by, filed_at, received_on,
                    facts_and_reasons)
                values (:id, :number, :office, :type, :stage, :filedBy, :filedAt, :receivedOn, :facts)""")
            .param("id", caseId)
            .param("number", caseNumber)
            .param("office", office.id())
            .param("type", opened.type().name())
            .param("stage", opened.stage())
            .param("filedBy", openedBy)
            .param("filedAt", now)
            .param("receivedOn", opened.receivedOn())
            .param("facts", opened.factsAndReasons())
            .update();
        for (OpenedCase.Party party : opened.parties()) {
            jdbc.sql("""
                    insert into case_parties (case_id, party_role, kind, name, id_number, address, contact,
                        domicile_in_china, username)
                    values (:caseId, :role, :kind, :name, :idNumber, :address, :contact, true, null)""")
                .param("caseId", caseId)
                .param("role", party.role())
                .param("kind", party.kind().name())
                .param("name", party.name())
                .param("idNumber", party.idNumber())
                .param("address", party.address())
                .param("contact", party.contact())
                .update();
        }
        audit.record(openedBy, AuditActions.CASE_FILED, caseId, caseNumber);
        events.publishEvent(new CaseFiled(caseId, opened.type(), office.id(), opened.receivedOn(), openedBy));
        return new FiledCase(caseId, caseNumber);
    }

    /**
     * A case an office opens: its type, the day the matter reached the office (periods
     * run from it), the stage its procedure starts in, the facts, and its parties.
     */
    public record OpenedCase(CaseType type, String officeId, LocalDate receivedOn, String stage, String factsAndReasons,
            List<Party> parties) {

        public record Party(String role, PartyKind kind, String name, String idNumber, String address, String contact) {
        }
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
                    // a person without a domicile in China has no resident ID: accept a
                    // passport number
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
            .param("idNumber",
                    party.idNumber() == null || party.idNumber().isBlank() ? null
                            : party.idNumber().strip().toUpperCase())
            .param("address", party.address().strip())
            .param("contact", party.contact() == null ? null : party.contact().strip())
            .param("domestic", party.domiciledInChina())
            .param("username", username)
            .update();
    }

    /**
     * The parties' files of a case as uploads, so that a case it leads to (an assistance
     * referral) is filed with them under the same checks and storage as files sent with a
     * request.
     */
    public List<CaseFile> partyFilesOf(UUID caseId) {
        return documents.contents(caseId).stream().map(file -> new CaseFile(file.fileName(), file.content())).toList();
    }

    @NullMarked
    public record FiledCase(UUID id, String caseNumber) {
    }

}
