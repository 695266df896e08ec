package io.ipcase.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.ipcase.storage.UploadRules;
import io.ipcase.security.AppUser;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import io.ipcase.web.JsonPaths;
import io.ipcase.web.NotFoundException;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import io.ipcase.storage.CaseFile;

/**
 * Drafts of a request (请求书), kept on the server: the form as typed so far and the
 * evidence already uploaded, one file at a time (so each shows its own progress). Filing
 * a draft checks it whole, exactly as a request sent in one go, files it and deletes the
 * draft in one transaction. A draft is its owner's alone: anyone else is told it does not
 * exist.
 */
@Service
public class FilingDrafts {

    static final int MAX_CONTENT_CHARS = 100_000;

    private final JdbcClient jdbc;

    private final ObjectMapper mapper;

    private final UploadRules uploads;

    private final CaseFiling filing;

    private final Clock clock;

    private final DataSize maxRequestSize;

    FilingDrafts(JdbcClient jdbc, ObjectMapper mapper, UploadRules uploads, CaseFiling filing, Clock clock,
            @Value("${ipcase.documents.max-request-size}") DataSize maxRequestSize) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.uploads = uploads;
        this.filing = filing;
        this.clock = clock;
        this.maxRequestSize = maxRequestSize;
    }

    public List<DraftSummary> mine(AppUser user) {
        return jdbc.sql("""
                select d.id, d.content, d.updated_at,
                    (select count(*) from filing_draft_files f where f.draft_id = d.id) files
                from filing_drafts d where d.owner = :me order by d.updated_at desc""")
            .param("me", user.getUsername())
            .query((rs, i) -> {
                JsonNode content = read(rs.getString("content"));
                return new DraftSummary(rs.getObject("id", UUID.class), text(content.at("/patent/number")),
                        text(content.at("/respondent/name")), rs.getInt("files"),
                        rs.getObject("updated_at", OffsetDateTime.class));
            })
            .list();
    }

    @Transactional
    public Draft create(AppUser user, JsonNode content) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into filing_drafts (id, owner, content, created_at, updated_at)
                values (:id, :owner, :content, :now, :now)""")
            .param("id", id)
            .param("owner", user.getUsername())
            .param("content", write(content))
            .param("now", now)
            .update();
        return require(user, id);
    }

    @Transactional
    public Draft save(AppUser user, UUID id, JsonNode content) {
        requireOwn(user, id);
        jdbc.sql("update filing_drafts set content = :content, updated_at = :now where id = :id")
            .param("content", write(content))
            .param("now", OffsetDateTime.now(clock))
            .param("id", id)
            .update();
        return require(user, id);
    }

    @Transactional
    public void delete(AppUser user, UUID id) {
        requireOwn(user, id);
        jdbc.sql("delete from filing_drafts where id = :id").param("id", id).update();
    }

    public Draft require(AppUser user, UUID id) {
        return jdbc.sql("select id, content, updated_at from filing_drafts where id = :id and owner = :me")
            .param("id", id)
            .param("me", user.getUsername())
            .query((rs, i) -> new Draft(rs.getObject("id", UUID.class), read(rs.getString("content")), files(id),
                    rs.getObject("updated_at", OffsetDateTime.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("draft"));
    }

    /** One evidence file, checked by the rules every upload follows. */
    @Transactional
    public DraftFileInfo addFile(AppUser user, UUID id, CaseFile file) {
        requireOwn(user, id);
        List<Violation> violations = new ArrayList<>(uploads.check("file", List.of(file)));
        List<DraftFileInfo> existing = files(id);
        if (existing.size() >= CaseFiling.MAX_EVIDENCE_FILES) {
            violations.add(Violation.keyed("file", "upload.too-many", CaseFiling.MAX_EVIDENCE_FILES));
        }
        long total = existing.stream().mapToLong(DraftFileInfo::sizeBytes).sum() + file.size();
        if (total > maxRequestSize.toBytes()) {
            violations.add(Violation.keyed("file", "draft.files.too-large", maxRequestSize.toMegabytes()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID fileId = UUID.randomUUID();
        String name = file.name() == null ? "file" : file.name();
        jdbc.sql("""
                insert into filing_draft_files (id, draft_id, file_name, content_type, size_bytes, content, uploaded_at)
                values (:id, :draft, :name, :type, :size, :content, :at)""")
            .param("id", fileId)
            .param("draft", id)
            .param("name", name.length() > 255 ? name.substring(0, 255) : name)
            .param("type", uploads.detect(file))
            .param("size", file.size())
            .param("content", file.bytes())
            .param("at", OffsetDateTime.now(clock))
            .update();
        touch(id);
        return files(id).stream().filter(f -> f.id().equals(fileId)).findFirst().orElseThrow();
    }

    @Transactional
    public void deleteFile(AppUser user, UUID id, UUID fileId) {
        requireOwn(user, id);
        if (jdbc.sql("delete from filing_draft_files where id = :f and draft_id = :d")
            .param("f", fileId)
            .param("d", id)
            .update() == 0) {
            throw new NotFoundException("draft file");
        }
        touch(id);
    }

    /**
     * Files the draft as a request, with its files as evidence, and deletes it: all or
     * nothing.
     */
    @Transactional
    public CaseFiling.FiledCase file(AppUser user, UUID id) {
        Draft draft = require(user, id);
        InfringementFiling request;
        try {
            request = mapper.treeToValue(draft.content(), InfringementFiling.class);
        }
        catch (MismatchedInputException e) {
            throw InvalidInputException.of(JsonPaths.of(e), "field.invalid-value");
        }
        catch (JsonProcessingException e) {
            throw InvalidInputException.of("body", "field.invalid-value");
        }
        List<CaseFile> evidence = jdbc.sql("""
                select file_name, content from filing_draft_files where draft_id = :d order by uploaded_at, id""")
            .param("d", id)
            .query((rs, i) -> new CaseFile(rs.getString("file_name"), rs.getBytes("content")))
            .list();
        CaseFiling.FiledCase filed = filing.fileInfringementDispute(user, request, evidence);
        jdbc.sql("delete from filing_drafts where id = :id").param("id", id).update();
        return filed;
    }

    private List<DraftFileInfo> files(UUID draftId) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, uploaded_at from filing_draft_files
                where draft_id = :d order by uploaded_at, id""").param("d", draftId).query(DraftFileInfo.class).list();
    }

    private void requireOwn(AppUser user, UUID id) {
        // locked, so two uploads to one draft count its files one after the other
        if (jdbc.sql("select id from filing_drafts where id = :id and owner = :me for update")
            .param("id", id)
            .param("me", user.getUsername())
            .query(UUID.class)
            .optional()
            .isEmpty()) {
            throw new NotFoundException("draft");
        }
    }

    private void touch(UUID id) {
        jdbc.sql("update filing_drafts set updated_at = :now where id = :id")
            .param("now", OffsetDateTime.now(clock))
            .param("id", id)
            .update();
    }

    private String write(JsonNode content) {
        if (content == null || !content.isObject()) {
            throw InvalidInputException.of("content", "field.invalid-value");
        }
        String json;
        try {
            json = mapper.writeValueAsString(content);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (json.length() > MAX_CONTENT_CHARS) {
            throw InvalidInputException.of("content", "field.too-long");
        }
        return json;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable draft", e);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    @NullMarked
    public record Draft(UUID id, JsonNode content, List<DraftFileInfo> files, OffsetDateTime updatedAt) {
    }

    @NullMarked
    public record DraftFileInfo(UUID id, String fileName, String contentType, long sizeBytes,
            OffsetDateTime uploadedAt) {
    }

    @NullMarked
    public record DraftSummary(UUID id, @Nullable String patentNumber, @Nullable String respondentName, int files,
            OffsetDateTime updatedAt) {
    }

}
