package io.ipcase.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a case, kept in the database with the case in one transaction. Callers check
 * the file with {@link UploadRules} and the caller's right to the case before calling.
 */
@Service
public class Documents {

    /** A file with its contents, over the alias {@code d}. */
    private static final String WITH_CONTENT = """
            select d.file_name, d.content_type, c.content
            from documents d join document_contents c on c.document_id = d.id""";

    private final JdbcClient jdbc;

    private final UploadRules rules;

    private final Clock clock;

    Documents(JdbcClient jdbc, UploadRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID store(UUID caseId, DocumentKind kind, CaseFile file, String uploadedBy) {
        return insert(caseId, kind, file.name(), rules.detect(file), file.bytes(), uploadedBy);
    }

    /**
     * The files a party sends to complete its application (补正材料), each stored as a
     * {@link DocumentKind#SUPPLEMENT} once all pass the upload rules; a supplement
     * without any file is refused on the field "files" with the caller's {@code noneKey}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void storeSupplement(UUID caseId, List<CaseFile> files, String uploadedBy, String noneKey) {
        List<Violation> violations = new ArrayList<>();
        if (files.isEmpty()) {
            violations.add(Violation.keyed("files", noneKey));
        }
        violations.addAll(rules.check("files", files));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        for (CaseFile file : files) {
            store(caseId, DocumentKind.SUPPLEMENT, file, uploadedBy);
        }
    }

    /**
     * A file the application made itself (an official document), stored like an upload.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID storeGenerated(UUID caseId, DocumentKind kind, String fileName, String contentType, byte[] bytes,
            String createdBy) {
        return insert(caseId, kind, new CaseFile(fileName, bytes).name(), contentType, bytes, createdBy);
    }

    private UUID insert(UUID caseId, DocumentKind kind, String fileName, String contentType, byte[] bytes, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                """
                        insert into documents (id, case_id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                        values (:id, :caseId, :kind, :name, :type, :size, :sha, :by, :at)""")
            .param("id", id)
            .param("caseId", caseId)
            .param("kind", kind.name())
            .param("name", fileName)
            .param("type", contentType)
            .param("size", bytes.length)
            .param("sha", sha256(bytes))
            .param("by", by)
            .param("at", OffsetDateTime.now(clock))
            .update();
        jdbc.sql("insert into document_contents (document_id, content) values (:id, :content)")
            .param("id", id)
            .param("content", bytes)
            .update();
        return id;
    }

    /**
     * The parties' files of a case. Official documents are left out: each has an
     * addressee, and {@link OfficialDocuments} shows and serves them to the people they
     * are addressed to.
     */
    public List<DocumentInfo> list(UUID caseId) {
        return jdbc.sql("""
                select id, kind, file_name, content_type, size_bytes, uploaded_by, uploaded_at
                from documents where case_id = :caseId and kind <> 'OFFICIAL' order by uploaded_at, file_name""")
            .param("caseId", caseId)
            .query(DocumentInfo.class)
            .list();
    }

    /**
     * The parties' files of the case with their contents, in the order {@link #list}
     * gives.
     */
    public List<DocumentContent> contents(UUID caseId) {
        return jdbc
            .sql(WITH_CONTENT + " where d.case_id = :caseId and d.kind <> 'OFFICIAL'"
                    + " order by d.uploaded_at, d.file_name")
            .param("caseId", caseId)
            .query(Documents::content)
            .list();
    }

    /**
     * A party's file of the case; official documents only through
     * {@link OfficialDocuments}.
     */
    public Optional<DocumentContent> content(UUID caseId, UUID documentId) {
        return jdbc.sql(WITH_CONTENT + " where d.id = :id and d.case_id = :caseId and d.kind <> 'OFFICIAL'")
            .param("id", documentId)
            .param("caseId", caseId)
            .query(Documents::content)
            .optional();
    }

    /**
     * Any stored file, an official document included, for the module that has checked the
     * reader's right to it (official documents are shown to their addressees only).
     */
    public Optional<DocumentContent> file(UUID documentId) {
        return jdbc.sql(WITH_CONTENT + " where d.id = :id")
            .param("id", documentId)
            .query(Documents::content)
            .optional();
    }

    private static DocumentContent content(ResultSet rs, int row) throws SQLException {
        return new DocumentContent(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @NullMarked
    public record DocumentInfo(UUID id, String kind, String fileName, String contentType, long sizeBytes,
            String uploadedBy, OffsetDateTime uploadedAt) {
    }

    public record DocumentContent(String fileName, String contentType, byte[] content) {
    }

}
