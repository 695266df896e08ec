package io.ipcase.inbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ipcase.security.AppUser;
import io.ipcase.security.StaffDirectory;
import io.ipcase.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filters an officer keeps on the server: their own, and those colleagues of the same
 * office chose to share. A filter of another office does not exist for them; a
 * colleague's shared filter may be used but only its owner changes or deletes it.
 */
@Service
public class SavedFilters {

    private final JdbcClient jdbc;

    private final ObjectMapper mapper;

    private final Clock clock;

    private final InboxTasks tasks;

    private final StaffDirectory staff;

    SavedFilters(JdbcClient jdbc, ObjectMapper mapper, Clock clock, InboxTasks tasks, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.mapper = mapper;
        this.clock = clock;
        this.staff = staff;
    }

    public List<SavedFilter> visibleTo(AppUser user) {
        List<StoredFilter> stored = jdbc.sql("""
                select f.id, f.name, f.criteria, f.shared, f.owner from saved_filters f
                where f.owner = :me or (f.shared and f.office_id = :office)
                order by f.name, f.created_at""")
            .param("me", user.getUsername())
            .param("office", user.officeId())
            .query(StoredFilter.class)
            .list();
        Map<String, String> owners = staff.displayNames(stored.stream().map(StoredFilter::owner).toList());
        return stored.stream().map(f -> row(user, f, owners.get(f.owner()))).toList();
    }

    @Transactional
    public SavedFilter create(AppUser user, FilterDraft draft) {
        tasks.check(draft.criteria());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into saved_filters (id, owner, office_id, name, criteria, shared, created_at)
                values (:id, :owner, :office, :name, :criteria, :shared, :at)""")
            .param("id", id)
            .param("owner", user.getUsername())
            .param("office", user.officeId())
            .param("name", draft.name().strip())
            .param("criteria", json(draft.criteria()))
            .param("shared", draft.shared())
            .param("at", OffsetDateTime.now(clock))
            .update();
        return require(user, id);
    }

    @Transactional
    public SavedFilter update(AppUser user, UUID id, FilterDraft draft) {
        requireOwner(user, id);
        tasks.check(draft.criteria());
        jdbc.sql("update saved_filters set name = :name, criteria = :criteria, shared = :shared where id = :id")
            .param("name", draft.name().strip())
            .param("criteria", json(draft.criteria()))
            .param("shared", draft.shared())
            .param("id", id)
            .update();
        return require(user, id);
    }

    @Transactional
    public void delete(AppUser user, UUID id) {
        requireOwner(user, id);
        jdbc.sql("delete from saved_filters where id = :id").param("id", id).update();
    }

    private void requireOwner(AppUser user, UUID id) {
        if (!require(user, id).mine()) {
            throw new AccessDeniedException("only the owner changes a saved filter");
        }
    }

    private SavedFilter require(AppUser user, UUID id) {
        return visibleTo(user).stream()
            .filter(f -> f.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("saved filter"));
    }

    private SavedFilter row(AppUser user, StoredFilter f, String ownerName) {
        try {
            return new SavedFilter(f.id(), f.name(), mapper.readValue(f.criteria(), InboxCriteria.class), f.shared(),
                    f.owner(), ownerName, f.owner().equals(user.getUsername()));
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("saved filter " + f.id() + " holds unreadable criteria", e);
        }
    }

    private record StoredFilter(UUID id, String name, String criteria, boolean shared, String owner) {
    }

    private String json(InboxCriteria criteria) {
        try {
            return mapper.writeValueAsString(criteria);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @NullMarked
    public record FilterDraft(
            @NotBlank(message = "{inbox.filter.name.required}") @Size(max = 100,
                    message = "{field.too-long}") String name,
            @NotNull(message = "{inbox.filter.criteria.required}") @Valid InboxCriteria criteria, boolean shared) {
    }

    @NullMarked
    public record SavedFilter(UUID id, String name, InboxCriteria criteria, boolean shared, String owner,
            String ownerName, boolean mine) {
    }

}
