package io.ipcase.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API leaves as RFC 9457 problem details, in the caller's language.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        problem.setProperty("errors", e.violations().stream().map(this::fieldError).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found");
    }

    @ExceptionHandler
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.messageKey());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.messageKey(), e.args());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /**
     * A rule of a capability refused the signed-in user (e.g. bulk actions are for
     * supervisors).
     */
    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler
    ProblemDetail alreadyClaimed(TaskAlreadyClaimedException e) {
        return problem(HttpStatus.CONFLICT, "problem.task-claimed-by-other", e.getTaskAssignee());
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(OptimisticLockingException e) {
        return problem(HttpStatus.CONFLICT, "problem.concurrent-change");
    }

    @ExceptionHandler
    ProblemDetail unavailable(ServiceUnavailableException e) {
        log.error(e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, e.messageKey(), e.args());
    }

    /**
     * A multipart body that cannot be read: a file name with a NUL byte or another
     * character no file system takes, or a malformed body. (Too large has its own
     * answer.)
     */
    @ExceptionHandler
    ProblemDetail unreadableUpload(MultipartException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        boolean badName = NestedExceptionUtils.getMostSpecificCause(e) instanceof InvalidFileNameException;
        problem.setProperty("errors", List.of(fieldError(InvalidInputException.Violation.keyed("body",
                badName ? "field.file-name.invalid" : "field.invalid-value"))));
        return problem;
    }

    /**
     * Anything unforeseen: the transaction has rolled back; say so plainly and log the
     * cause.
     */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "problem.too-large"));
    }

    /**
     * A value of the wrong shape (a date that is no date, an unknown choice) is a field
     * error too.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        InvalidInputException.Violation violation = ex.getCause() instanceof JsonMappingException mapping
                ? JsonPaths.violationOf(mapping) : InvalidInputException.Violation.keyed("body", "field.invalid-value");
        problem.setProperty("errors", List.of(fieldError(violation)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid-input");
        problem.setProperty("errors",
                ex.getBindingResult()
                    .getFieldErrors()
                    .stream()
                    .map(f -> Map.of("field", f.getField(), "message", messages.getMessage(f, locale())))
                    .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    private Map<String, String> fieldError(InvalidInputException.Violation v) {
        String message = v.messageKey() == null ? v.message()
                : messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale());
        return Map.of("field", v.field(), "message", message);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        return ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
