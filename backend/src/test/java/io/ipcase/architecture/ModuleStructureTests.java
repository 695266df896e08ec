package io.ipcase.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.ipcase.IpcaseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module map of docs/architecture.md is the code's: each module depends only on the
 * modules it declares (package-info.java), the declarations are the map's, there is no
 * cycle, and a module reads and writes only the tables the map says it owns; others ask
 * it.
 */
class ModuleStructureTests {

    static final ApplicationModules MODULES = ApplicationModules.of(IpcaseApplication.class);

    static final Path SOURCES = Path.of("src/main/java/io/ipcase");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path ARCHITECTURE = Path.of("../docs/architecture.md");

    /** A row of the map: | `module` | depends on | owns tables | */
    static final Pattern MAP_ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");
    static final Pattern CREATE_TABLE = Pattern.compile("create table (?:if not exists )?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    static final Pattern TABLE_USE = Pattern.compile("\\b(?:from|join|into|update|table)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void modulesDependOnlyOnWhatTheyDeclareAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void theArchitectureMapListsEachModuleWithItsDeclaredDependencies() {
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> declared.put(module.getBasePackage().getName().substring("io.ipcase.".length()),
                new TreeSet<>(Arrays.asList(module.getBasePackage()
                    .getAnnotation(ApplicationModule.class)
                    .map(ApplicationModule::allowedDependencies)
                    .orElseThrow()))));

        Map<String, Set<String>> mapped = new TreeMap<>();
        map().forEach((module, row) -> mapped.put(module, row.dependencies()));

        assertThat(mapped).isEqualTo(declared);
    }

    @Test
    void everyTableHasOneOwningModule() {
        Map<String, String> owners = owners();
        Set<String> created = createdTables();

        assertThat(created).allSatisfy(table -> assertThat(owners).as("owner of " + table).containsKey(table));
        assertThat(owners.keySet()).allSatisfy(table -> assertThat(created).as("table " + table).contains(table));
    }

    @Test
    void aModuleReadsAndWritesOnlyItsOwnTables() throws IOException {
        Map<String, String> owners = owners();
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                for (String table : tablesUsedIn(Files.readString(file))) {
                    String owner = table.startsWith("act_") ? "engine" : owners.get(table);
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add(SOURCES.relativize(file) + " uses " + table + " of " + owner);
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    /** The tables a class names in its SQL (its string literals and text blocks). */
    static Set<String> tablesUsedIn(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher string = STRING.matcher(source);
        while (string.find()) {
            String sql = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher use = TABLE_USE.matcher(sql);
            while (use.find()) {
                tables.add(use.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    static Set<String> createdTables() {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            Set<String> tables = new TreeSet<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher create = CREATE_TABLE.matcher(Files.readString(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            }
            return tables;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        map().forEach((module, row) -> row.tables().forEach(table -> {
            String previous = owners.put(table, module);
            assertThat(previous).as(table + " owned twice").isNull();
        }));
        return owners;
    }

    record Row(Set<String> dependencies, Set<String> tables) {
    }

    /** The module map of docs/architecture.md. */
    static Map<String, Row> map() {
        try {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : Files.readAllLines(ARCHITECTURE)) {
                Matcher row = MAP_ROW.matcher(line);
                if (row.matches()) {
                    rows.put(row.group(1), new Row(names(row.group(2)), names(row.group(3))));
                }
            }
            assertThat(rows).as("module map in " + ARCHITECTURE).isNotEmpty();
            return rows;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(String cell) {
        return Arrays.stream(cell.replace("`", "").split(","))
            .map(String::strip)
            // an identifier each; "Camunda's tables (ACT_*)" is the engine's, checked by
            // prefix
            .filter(name -> name.matches("[\\w:]+"))
            .collect(Collectors.toCollection(TreeSet::new));
    }

}
