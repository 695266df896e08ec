package io.ipcase.penalty.investigation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.ipcase.audit.AuditTrail;
import io.ipcase.penalty.PenaltyAudit;
import io.ipcase.penalty.PenaltyCase;
import io.ipcase.penalty.PenaltyCases;
import io.ipcase.penalty.PenaltyDocuments;
import io.ipcase.security.AppUser;
import io.ipcase.storage.CaseFile;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.web.ConflictException;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import io.ipcase.web.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation's records: each measure of Patent Law art. 69 ¶1 with the officers
 * present (two at least, Admin. Penalty Law art. 42), the party's signature or its
 * refusal, and the record's files; and the illegal gains, from sales (price x quantity)
 * or fees received (CNIPA 2015 Measures art. 47). Recorded while the case is being
 * investigated.
 */
@Service("penaltyInvestigation")
public class Investigation {

    static final int MAX_FILES = 20;
    static final int MIN_OFFICERS = 2;

    private final JdbcClient jdbc;

    private final Validation validation;

    private final PenaltyCases cases;

    private final Documents documents;

    private final UploadRules uploads;

    private final AuditTrail audit;

    private final Clock clock;

    private final PenaltyDocuments penaltyDocuments;

    Investigation(JdbcClient jdbc, Validation validation, PenaltyCases cases, Documents documents, UploadRules uploads,
            AuditTrail audit, Clock clock, PenaltyDocuments penaltyDocuments) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.cases = cases;
        this.documents = documents;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
        this.penaltyDocuments = penaltyDocuments;
    }

    @Transactional
    public long recordMeasure(AppUser user, UUID caseId, MeasureRecord measure, List<CaseFile> files) {
        PenaltyCase pc = investigating(user, caseId);
        if (measure == null) {
            throw InvalidInputException.of("measure", "penalty.measure.required");
        }
        List<Violation> violations = new ArrayList<>(validation.violationsOf(measure));
        if (measure.takenOn() != null
                && (measure.takenOn().isAfter(LocalDate.now(clock)) || measure.takenOn().isBefore(pc.discoveredOn()))) {
            violations.add(Violation.keyed("takenOn", "penalty.measure.taken-on.invalid"));
        }
        Set<String> officers = new LinkedHashSet<>(measure.officers() == null ? List.of() : measure.officers());
        if (officers.size() < MIN_OFFICERS || !pc.handlers().containsAll(officers)) {
            violations.add(Violation.keyed("officers", "penalty.measure.officers.two-handlers", MIN_OFFICERS));
        }
        if (measure.partySignature() == PartySignature.REFUSED
                && (measure.witness() == null || measure.witness().isBlank())) {
            violations.add(Violation.keyed("witness", "penalty.measure.witness.required"));
        }
        if (files.isEmpty()) {
            violations.add(Violation.keyed("files", "penalty.measure.files.required"));
        }
        if (files.size() > MAX_FILES) {
            violations.add(Violation.keyed("files", "upload.too-many", MAX_FILES));
        }
        violations.addAll(uploads.check("files", files));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql(
                """
                        insert into penalty_measures (case_id, kind, taken_on, place, summary, officers, party_signature, witness,
                            recorded_by, recorded_at)
                        values (:c, :kind, :on, :place, :summary, :officers, :sig, :witness, :by, :at)""")
            .param("c", caseId)
            .param("kind", measure.kind().name())
            .param("on", measure.takenOn())
            .param("place", measure.place().strip())
            .param("summary", measure.summary().strip())
            .param("officers", String.join(",", officers))
            .param("sig", measure.partySignature().name())
            .param("witness",
                    measure.witness() == null || measure.witness().isBlank() ? null : measure.witness().strip())
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        long id = jdbc.sql("select max(id) from penalty_measures where case_id = :c")
            .param("c", caseId)
            .query(Long.class)
            .single();
        for (CaseFile file : files) {
            UUID doc = documents.store(caseId, DocumentKind.INVESTIGATION, file, user.getUsername());
            jdbc.sql("insert into penalty_measure_files (measure_id, document_id) values (:m, :d)")
                .param("m", id)
                .param("d", doc)
                .update();
        }
        audit.record(user.getUsername(), PenaltyAudit.MEASURE_RECORDED, caseId, measure.kind().name());
        if (measure.kind() == MeasureKind.SITE_INSPECTION) {
            penaltyDocuments.toParty(caseId, PenaltyDocuments.SITE_INSPECTION,
                    Map.of("measure", measure, "officerNames", penaltyDocuments.names(officers)), user.getUsername());
        }
        return id;
    }

    @Transactional
    public Gain recordGain(AppUser user, UUID caseId, GainRecord gain) {
        investigating(user, caseId);
        List<Violation> violations = new ArrayList<>(validation.violationsOf(gain));
        BigDecimal amount = null;
        if (gain.kind() == GainKind.SALE) {
            if (gain.unitPrice() == null || gain.unitPrice().signum() <= 0 || gain.unitPrice().scale() > 2) {
                violations.add(Violation.keyed("unitPrice", "penalty.gain.amount.invalid"));
            }
            if (gain.quantity() == null || gain.quantity() <= 0) {
                violations.add(Violation.keyed("quantity", "penalty.gain.quantity.invalid"));
            }
            if (violations.isEmpty()) {
                amount = gain.unitPrice().multiply(BigDecimal.valueOf(gain.quantity()));
            }
        }
        else if (gain.kind() == GainKind.FEE) {
            if (gain.amount() == null || gain.amount().signum() <= 0 || gain.amount().scale() > 2) {
                violations.add(Violation.keyed("amount", "penalty.gain.amount.invalid"));
            }
            else {
                amount = gain.amount();
            }
        }
        if (amount != null && amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            violations.add(Violation.keyed("amount", "penalty.gain.amount.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        jdbc.sql(
                """
                        insert into penalty_gains (case_id, kind, description, unit_price, quantity, amount, recorded_by, recorded_at)
                        values (:c, :kind, :d, :price, :qty, :amount, :by, :at)""")
            .param("c", caseId)
            .param("kind", gain.kind().name())
            .param("d", gain.description().strip())
            .param("price", gain.kind() == GainKind.SALE ? gain.unitPrice() : null)
            .param("qty", gain.kind() == GainKind.SALE ? gain.quantity() : null)
            .param("amount", amount)
            .param("by", user.getUsername())
            .param("at", OffsetDateTime.now(clock))
            .update();
        audit.record(user.getUsername(), PenaltyAudit.GAINS_RECORDED, caseId, amount.toPlainString());
        return gains(caseId).get(gains(caseId).size() - 1);
    }

    @Transactional
    public void removeGain(AppUser user, UUID caseId, long gainId) {
        investigating(user, caseId);
        int removed = jdbc.sql("delete from penalty_gains where id = :id and case_id = :c")
            .param("id", gainId)
            .param("c", caseId)
            .update();
        if (removed == 0) {
            throw new NotFoundException("gain");
        }
        audit.record(user.getUsername(), PenaltyAudit.GAINS_REMOVED, caseId, String.valueOf(gainId));
    }

    public List<Gain> gains(UUID caseId) {
        return jdbc.sql("""
                select id, kind, description, unit_price, quantity, amount, recorded_by, recorded_at
                from penalty_gains where case_id = :c order by id""").param("c", caseId).query(Gain.class).list();
    }

    public BigDecimal totalGains(UUID caseId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from penalty_gains where case_id = :c")
            .param("c", caseId)
            .query(BigDecimal.class)
            .single()
            .setScale(2);
    }

    public List<Measure> measures(UUID caseId) {
        List<Measure> measures = jdbc.sql("""
                select id, kind, taken_on, place, summary, officers, party_signature, witness, recorded_by, recorded_at
                from penalty_measures where case_id = :c order by taken_on, id""")
            .param("c", caseId)
            .query((rs, i) -> new Measure(rs.getLong("id"), rs.getString("kind"),
                    rs.getObject("taken_on", LocalDate.class), rs.getString("place"), rs.getString("summary"),
                    List.of(rs.getString("officers").split(",")), rs.getString("party_signature"),
                    rs.getString("witness"), rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class), List.of()))
            .list();
        return measures.stream()
            .map(m -> m.withDocuments(jdbc.sql("select document_id from penalty_measure_files where measure_id = :m")
                .param("m", m.id())
                .query(UUID.class)
                .list()))
            .toList();
    }

    int measureCount(UUID caseId) {
        return jdbc.sql("select count(*) from penalty_measures where case_id = :c")
            .param("c", caseId)
            .query(Integer.class)
            .single();
    }

    /**
     * The crime check (dmn/counterfeit-crime-check.dmn) found a reasonable suspicion on
     * this ground.
     */
    public void crimeSuspected(UUID caseId, String ground) {
        jdbc.sql("update penalty_cases set crime_ground = :g where case_id = :c")
            .param("g", ground)
            .param("c", caseId)
            .update();
    }

    private PenaltyCase investigating(AppUser user, UUID caseId) {
        PenaltyCase pc = cases.requireWorker(user, caseId);
        if (!"INVESTIGATION".equals(pc.stage())) {
            throw new ConflictException("problem.penalty.not-investigating");
        }
        return pc;
    }

    /** The five measures of Patent Law art. 69 ¶1. */
    enum MeasureKind {

        QUESTIONING, SITE_INSPECTION, RECORDS_COPYING, PRODUCT_INSPECTION, SEALING_OR_SEIZURE

    }

    /**
     * The party signed the record, refused (noted with a witness), or was not present.
     */
    enum PartySignature {

        SIGNED, REFUSED, ABSENT

    }

    enum GainKind {

        SALE, FEE

    }

    record MeasureRecord(@NotNull(message = "{penalty.measure.kind.required}") MeasureKind kind,
            @NotNull(message = "{penalty.measure.taken-on.required}") LocalDate takenOn,
            @NotBlank(message = "{penalty.measure.place.required}") @Size(max = 300,
                    message = "{field.too-long}") String place,
            @NotBlank(message = "{penalty.measure.summary.required}") @Size(max = 5000,
                    message = "{field.too-long}") String summary,
            List<String> officers,
            @NotNull(message = "{penalty.measure.signature.required}") PartySignature partySignature,
            @Size(max = 100, message = "{field.too-long}") String witness) {
    }

    record GainRecord(@NotNull(message = "{penalty.gain.kind.required}") GainKind kind,
            @NotBlank(message = "{penalty.gain.description.required}") @Size(max = 300,
                    message = "{field.too-long}") String description,
            BigDecimal unitPrice, Integer quantity, BigDecimal amount) {
    }

    public record Gain(long id, String kind, String description, BigDecimal unitPrice, Integer quantity,
            BigDecimal amount, String recordedBy, OffsetDateTime recordedAt) {
    }

    public record Measure(long id, String kind, LocalDate takenOn, String place, String summary, List<String> officers,
            String partySignature, String witness, String recordedBy, OffsetDateTime recordedAt,
            List<UUID> documentIds) {

        Measure withDocuments(List<UUID> ids) {
            return new Measure(id, kind, takenOn, place, summary, officers, partySignature, witness, recordedBy,
                    recordedAt, ids);
        }
    }

}
