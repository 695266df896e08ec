package io.ipcase.adjudication.casework;

import java.util.List;
import java.util.UUID;

import io.ipcase.storage.CaseFile;
import io.ipcase.storage.DocumentKind;
import io.ipcase.storage.Documents;
import io.ipcase.storage.UploadRules;
import io.ipcase.web.InvalidInputException;
import io.ipcase.web.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/**
 * The files a party sends with a step of the procedure (an answer, a supplement, an
 * evaluation report): each an upload the rules allow, at most {@value #MAX_FILES} at a
 * time, kept with the case.
 */
@Component
public class PartyFiles {

    public static final int MAX_FILES = 20;

    private final Documents documents;

    private final UploadRules uploads;

    PartyFiles(Documents documents, UploadRules uploads) {
        this.documents = documents;
        this.uploads = uploads;
    }

    /**
     * Adds what is wrong with the files (field "files") to what was found before; throws
     * a 400 for all of it.
     */
    public void check(List<Violation> violations, List<CaseFile> files) {
        if (files.size() > MAX_FILES) {
            violations.add(Violation.keyed("files", "upload.too-many", MAX_FILES));
        }
        violations.addAll(uploads.check("files", files));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public void store(UUID caseId, DocumentKind kind, List<CaseFile> files, String uploadedBy) {
        for (CaseFile file : files) {
            documents.store(caseId, kind, file, uploadedBy);
        }
    }

}
