package io.ipcase.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The official documents a case page lists to a viewer, and their text as that viewer
 * reads it.
 */
public final class IssuedDocuments {

    private IssuedDocuments() {
    }

    /** The documents of this template in the viewer's case page, oldest first. */
    public static List<JsonNode> of(JsonNode view, String templateKey) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode d : view.get("officialDocuments")) {
            if (d.get("templateKey").asText().equals(templateKey)) {
                found.add(d);
            }
        }
        return found;
    }

    /** The one document of this template the viewer sees. */
    public static JsonNode only(JsonNode view, String templateKey) {
        List<JsonNode> found = of(view, templateKey);
        assertThat(found).as(templateKey + " in " + view.get("officialDocuments")).hasSize(1);
        return found.get(0);
    }

    public static String contentPath(UUID caseId, JsonNode document) {
        return "/api/cases/" + caseId + "/official-documents/" + document.get("id").asText() + "/content";
    }

    /**
     * Opens the PDF as {@code viewer} (a party's first opening serves it) and gives its
     * text without blanks.
     */
    public static String text(Api viewer, UUID caseId, JsonNode document) {
        Api.Response pdf = viewer.get(contentPath(caseId, document));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
