package io.ipcase.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/rules.md lists every rule of the law the procedures encode, each with the tests
 * that prove it. A rule that loses its test, a row marked encoded without one, or an id
 * used twice fails the build.
 */
class RuleTableTests {

    static final Path RULES = Path.of("../docs/rules.md");

    static final List<Path> TEST_SOURCES = List.of(Path.of("src/test/java"), Path.of("../processes/src/test/java"));

    /** | `id` | section | rule | source | status | tests | */
    static final Pattern ROW = Pattern
        .compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");

    static final Pattern ID = Pattern.compile("(\\d+(?:\\.\\d+)?)-[a-z0-9]+(?:-[a-z0-9]+)*");

    static final Pattern TEST = Pattern.compile("`(\\w+)#(\\w+)`");

    /** An annotation's optional arguments, strings holding parentheses included. */
    static final String ARGUMENTS = "(?:\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^)\"])*\\))?";

    static final List<String> STATUSES = List.of("encoded", "untested", "not encoded", "wrong", "finding");

    record Row(int line, String id, String section, String status, List<String> tests) {

        boolean encoded() {
            return this.status.startsWith("encoded");
        }

    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = read(RULES);
        boolean example = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                example = !example;
                continue;
            }
            Matcher row = ROW.matcher(lines.get(i));
            if (!example && row.matches()) {
                List<String> tests = new ArrayList<>();
                Matcher test = TEST.matcher(row.group(6));
                while (test.find()) {
                    tests.add(test.group(1) + "#" + test.group(2));
                }
                rows.add(new Row(i + 1, row.group(1), row.group(2).trim(), row.group(5).trim(), tests));
            }
        }
        return rows;
    }

    @Test
    void theTableHasRowsWithWellFormedIdsAndStatuses() {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(100);
        for (Row row : rows) {
            Matcher id = ID.matcher(row.id());
            assertThat(id.matches()).as("line %d: id %s is <section>-<words-in-kebab-case>", row.line(), row.id())
                .isTrue();
            assertThat(id.group(1)).as("line %d: the id %s starts with its section", row.line(), row.id())
                .isEqualTo(row.section());
            assertThat(STATUSES.stream().anyMatch(row.status()::startsWith))
                .as("line %d: status '%s' is one of %s", row.line(), row.status(), STATUSES)
                .isTrue();
        }
    }

    @Test
    void noIdIsUsedTwice() {
        Map<String, Integer> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Row row : rows()) {
            Integer first = seen.putIfAbsent(row.id(), row.line());
            if (first != null) {
                duplicates.add(row.id() + " (lines " + first + " and " + row.line() + ")");
            }
        }
        assertThat(duplicates).as("ids used twice").isEmpty();
    }

    @Test
    void everyEncodedRuleNamesATest() {
        assertThat(rows().stream().filter(r -> r.encoded() && r.tests().isEmpty()).map(Row::id))
            .as("rules marked encoded without a test")
            .isEmpty();
    }

    @Test
    void everyTestNamedExistsInTheTestSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Row row : rows()) {
            for (String test : row.tests()) {
                String type = test.substring(0, test.indexOf('#'));
                String method = test.substring(test.indexOf('#') + 1);
                String source = sources.computeIfAbsent(type, t -> testSource(t).orElse(""));
                Pattern declared = Pattern.compile("@(?:Test|ParameterizedTest)\\b" + ARGUMENTS + "(?:\\s*@\\w+"
                        + ARGUMENTS + ")*\\s*(?:public\\s+)?void\\s+" + Pattern.quote(method) + "\\s*\\(");
                if (!declared.matcher(source).find()) {
                    missing.add(row.id() + ": " + test);
                }
            }
        }
        assertThat(missing).as("tests named in docs/rules.md that do not exist").isEmpty();
    }

    static Optional<String> testSource(String type) {
        for (Path root : TEST_SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                Optional<Path> file = files.filter(f -> f.getFileName().toString().equals(type + ".java")).findFirst();
                if (file.isPresent()) {
                    return Optional.of(String.join("\n", read(file.get())));
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return Optional.empty();
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
