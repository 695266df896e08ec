package io.ipcase.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.ipcase.web.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one place an upload becomes a {@link CaseFile}: at the controller that received it.
 */
public final class Uploads {

    private Uploads() {
    }

    public static List<CaseFile> of(List<MultipartFile> uploads) {
        return uploads == null ? List.of() : uploads.stream().map(Uploads::of).toList();
    }

    public static CaseFile of(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        // a NUL byte or another control character in a name is no accident
        if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(upload.getName(), "field.file-name.invalid");
        }
        try {
            return new CaseFile(upload.getOriginalFilename(), upload.getBytes());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
