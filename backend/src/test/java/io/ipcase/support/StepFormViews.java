package io.ipcase.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;

/**
 * A task's form as the server describes it (GET /api/inbox/tasks/{id}/form), read in
 * Chinese.
 */
public final class StepFormViews {

    private StepFormViews() {
    }

    /** The form of an open task, as a case page lists it. */
    public static JsonNode of(Api api, JsonNode task) {
        return of(api, task.get("taskId").asText());
    }

    public static JsonNode of(Api api, String taskId) {
        HttpHeaders chinese = new HttpHeaders();
        chinese.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        Api.Response form = api.get("/api/inbox/tasks/" + taskId + "/form", chinese);
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        return form.json();
    }

    public static JsonNode field(JsonNode form, String name) {
        for (JsonNode f : form.get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name + " in " + form);
    }

}
