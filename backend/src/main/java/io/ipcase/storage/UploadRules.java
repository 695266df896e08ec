package io.ipcase.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.ipcase.web.InvalidInputException.Violation;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What a party may upload: PDF, JPEG or PNG, judged by the bytes (a renamed file is
 * refused), and no larger than the configured size.
 */
@Component
public class UploadRules {

    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final Tika tika = new Tika();

    private final DataSize maxFileSize;

    UploadRules(@Value("${ipcase.documents.max-file-size}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /** One violation per bad file, on the field "{field}[index]". */
    public List<Violation> check(String field, List<CaseFile> files) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            CaseFile file = files.get(i);
            String at = field + "[" + i + "]";
            String name = file.name();
            if (file.isEmpty()) {
                violations.add(Violation.keyed(at, "upload.empty", name));
            }
            else if (file.size() > maxFileSize.toBytes()) {
                violations.add(Violation.keyed(at, "upload.too-large", name, maxFileSize.toMegabytes()));
            }
            else if (!ALLOWED_TYPES.contains(detect(file))) {
                violations.add(Violation.keyed(at, "upload.type-not-allowed", name));
            }
        }
        return violations;
    }

    /** The content type judged by the bytes, whatever the name or the browser say. */
    public String detect(CaseFile file) {
        return tika.detect(file.bytes());
    }

}
