package io.ipcase.assistance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ipcase.assistance.steps.AssistanceActions;
import io.ipcase.audit.AuditTrail;
import io.ipcase.security.Offices;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.NotFoundException;
import io.ipcase.web.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance experts and workstations administrators manage, each with its technical
 * field and district (an office). They are records, not accounts: experts and
 * workstations are outside the office, and the officers who assign a request record what
 * they deliver. A member who leaves is deactivated, never deleted, since past requests
 * name it.
 */
@Service
public class AssistancePool {

    public enum MemberKind {

        EXPERT, WORKSTATION

    }

    @NullMarked
    public record Member(long id, MemberKind kind, String name, TechnicalField field, String district,
            @Nullable String contact, boolean active) {
    }

    public record MemberInput(@NotNull(message = "{assistance.pool.kind.required}") MemberKind kind,
            @NotBlank(message = "{assistance.pool.name.required}") @Size(max = 200,
                    message = "{field.too-long}") String name,
            @NotNull(message = "{assistance.pool.field.required}") TechnicalField field,
            @NotBlank(message = "{assistance.pool.district.required}") String district,
            @Size(max = 200, message = "{field.too-long}") String contact, Boolean active) {
    }

    private static final String COLUMNS = "id, member_kind kind, name, field, district, contact, active";

    private final JdbcClient jdbc;

    private final Validation validation;

    private final Offices offices;

    private final AuditTrail audit;

    private final Clock clock;

    AssistancePool(JdbcClient jdbc, Validation validation, Offices offices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.validation = validation;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Member> all() {
        return jdbc.sql("select " + COLUMNS + " from assistance_pool order by district, field, name")
            .query(Member.class)
            .list();
    }

    /** The active members of a district, those of the field first. */
    public List<Member> activeIn(String district, TechnicalField field) {
        return jdbc.sql("select " + COLUMNS + """
                 from assistance_pool where active = true and district = :district
                order by case when field = :field then 0 else 1 end, name""")
            .param("district", district)
            .param("field", field.name())
            .query(Member.class)
            .list();
    }

    public Optional<Member> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from assistance_pool where id = :id")
            .param("id", id)
            .query(Member.class)
            .optional();
    }

    @Transactional
    public Member add(MemberInput input, String actor) {
        check(input);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into assistance_pool (member_kind, name, field, district, contact, active, updated_by, updated_at)
                        values (:kind, :name, :field, :district, :contact, :active, :by, :at)""")
            .params(params(input, actor))
            .param("active", input.active() == null || input.active())
            .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(actor, AssistanceActions.POOL_MEMBER_SAVED, null, id + " " + input.name().strip());
        return find(id).orElseThrow();
    }

    @Transactional
    public Member update(long id, MemberInput input, String actor) {
        find(id).orElseThrow(() -> new NotFoundException("assistance-pool-member"));
        check(input);
        jdbc.sql("""
                update assistance_pool set member_kind = :kind, name = :name, field = :field, district = :district,
                    contact = :contact, active = :active, updated_by = :by, updated_at = :at
                where id = :id""")
            .params(params(input, actor))
            .param("active", input.active() == null || input.active())
            .param("id", id)
            .update();
        audit.record(actor, AssistanceActions.POOL_MEMBER_SAVED, null, id + " " + input.name().strip());
        return find(id).orElseThrow();
    }

    @Transactional
    public void deactivate(long id, String actor) {
        Member member = find(id).orElseThrow(() -> new NotFoundException("assistance-pool-member"));
        jdbc.sql("update assistance_pool set active = false, updated_by = :by, updated_at = :at where id = :id")
            .param("by", actor)
            .param("at", OffsetDateTime.now(clock))
            .param("id", id)
            .update();
        audit.record(actor, AssistanceActions.POOL_MEMBER_SAVED, null, id + " " + member.name() + " INACTIVE");
    }

    private void check(MemberInput input) {
        List<Violation> violations = new ArrayList<>(validation.violationsOf(input));
        if (input.district() != null && !input.district().isBlank() && offices.find(input.district()).isEmpty()) {
            violations.add(Violation.keyed("district", "assistance.pool.district.unknown", input.district()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private Map<String, Object> params(MemberInput input, String actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", input.kind().name());
        params.put("name", input.name().strip());
        params.put("field", input.field().name());
        params.put("district", input.district());
        params.put("contact", input.contact() == null || input.contact().isBlank() ? null : input.contact().strip());
        params.put("by", actor);
        params.put("at", OffsetDateTime.now(clock));
        return params;
    }

}
