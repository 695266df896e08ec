package io.ipcase.penalty.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A report of suspected counterfeiting (举报) as the public sends it. The reporter may stay
 * anonymous; a name and a contact are optional, and the tracking code lets them follow
 * it.
 */
public record NewReport(@NotBlank(message = "{penalty.report.office.required}") String officeId,
        @NotBlank(message = "{penalty.report.subject.required}") @Size(max = 200,
                message = "{field.too-long}") String subjectName,
        @Size(max = 300, message = "{field.too-long}") String subjectAddress,
        @NotBlank(message = "{penalty.report.product.required}") @Size(max = 300,
                message = "{field.too-long}") String product,
        @Size(max = 64, message = "{field.too-long}") String markedPatentNumber,
        @Size(max = 500, message = "{field.too-long}") String whereSeen,
        @NotBlank(message = "{penalty.report.description.required}") @Size(max = 5000,
                message = "{field.too-long}") String description,
        @Size(max = 100, message = "{field.too-long}") String reporterName,
        @Size(max = 100, message = "{field.too-long}") String reporterContact) {
}
