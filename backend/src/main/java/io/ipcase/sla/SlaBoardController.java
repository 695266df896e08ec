package io.ipcase.sla;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.ipcase.security.AppUser;
import io.ipcase.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA board's data, its charts, and its export. The export is made on the server
 * (Apache Commons CSV, Apache POI's streaming workbook): the same rows and the same
 * access rules as the board, whatever the size of the office, and no spreadsheet library
 * in the browser.
 */
@RestController
class SlaBoardController {

    private final SlaBoard board;

    private final MessageSource messages;

    SlaBoardController(SlaBoard board, MessageSource messages) {
        this.board = board;
        this.messages = messages;
    }

    /**
     * Polled by the board; an unchanged answer costs a 304 (ETag, see InboxWebConfig).
     */
    @GetMapping("/api/sla/board")
    ResponseEntity<SlaBoard.Board> board(@AuthenticationPrincipal AppUser user, SlaBoard.BoardFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ResponseEntity.ok()
            .cacheControl(CacheControl.noCache().cachePrivate())
            .body(board.board(user, filter, Paging.page(page), Paging.size(size, 500)));
    }

    @GetMapping("/api/sla/charts")
    SlaBoard.Charts charts(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String officeId) {
        return board.charts(user, officeId);
    }

    @GetMapping("/api/sla/board/export")
    void export(@AuthenticationPrincipal AppUser user, SlaBoard.BoardFilter filter,
            @RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        List<SlaBoard.BoardRow> rows = board.rows(user, filter);
        Locale locale = LocaleContextHolder.getLocale();
        String name = "sla-" + LocalDate.now() + ("xlsx".equals(format) ? ".xlsx" : ".csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        if ("xlsx".equals(format)) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            writeXlsx(rows, locale, response.getOutputStream());
        }
        else {
            response.setContentType("text/csv;charset=UTF-8");
            writeCsv(rows, locale, response.getOutputStream());
        }
    }

    private void writeCsv(List<SlaBoard.BoardRow> rows, Locale locale, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // the byte-order mark tells Excel the file is UTF-8, so
                                // Chinese reads right
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(headers(locale));
            for (SlaBoard.BoardRow row : rows) {
                csv.printRecord(cells(row, locale));
            }
        }
    }

    private void writeXlsx(List<SlaBoard.BoardRow> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text("sla.export.sheet", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headers = headers(locale);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (SlaBoard.BoardRow row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> cells = cells(row, locale);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof Integer n) {
                        line.createCell(i).setCellValue(n);
                    }
                    else {
                        line.createCell(i).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String column : List.of("case-number", "office", "stage", "clock", "last-day", "working-days-left",
                "calendar-days-left", "status", "paused-days", "extended", "tasks", "officers")) {
            headers.add(text("sla.export." + column, locale));
        }
        return headers;
    }

    private List<Object> cells(SlaBoard.BoardRow row, Locale locale) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.caseNumber());
        cells.add(row.officeId());
        cells.add(messages.getMessage("notification.stage." + row.stage(), null, row.stage(), locale));
        cells.add(messages.getMessage("sla.clock." + row.key(), null, row.key(), locale));
        cells.add(row.lastDay().toString());
        cells.add(row.workingDaysLeft());
        cells.add(row.calendarDaysLeft());
        cells.add(text("sla.status." + SlaBoard.standing(row), locale));
        cells.add(row.pausedDays());
        cells.add(text(row.extended() ? "sla.yes" : "sla.no", locale));
        cells.add(row.tasks().stream().map(SlaBoard.BoardTask::name).collect(Collectors.joining("; ")));
        cells.add(row.tasks()
            .stream()
            .map(t -> t.assigneeName() != null ? t.assigneeName() : t.assignee())
            .filter(n -> n != null)
            .distinct()
            .collect(Collectors.joining("; ")));
        return cells;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
