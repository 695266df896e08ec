package io.ipcase.storage;

import java.util.Objects;

/**
 * A file someone handed in (with a request, into a draft, with a report), as the domain
 * keeps it: the name they gave it and its bytes. Controllers make one from an upload with
 * {@link Uploads}; nothing past them sees the web's upload type.
 *
 * @param name the last segment of the name the client sent (some browsers send a whole
 * path), without control characters, at most 255 characters; "file" if it sent none
 */
public record CaseFile(String name, byte[] bytes) {

    static final int LONGEST_NAME = 255;

    public CaseFile {
        name = safeName(name);
        Objects.requireNonNull(bytes, "bytes");
    }

    public long size() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    private static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.length() > LONGEST_NAME ? name.substring(name.length() - LONGEST_NAME) : name;
    }
}
