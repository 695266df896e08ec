package io.ipcase.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server of its own under the data folder, for the default profile: the same
 * database as production, with nothing to install. The binaries come inside the jar
 * (zonky's PostgreSQL builds from Maven Central) and are unpacked once per build of them;
 * the cluster is created on the first start and kept. PostgreSQL's own defaults make it
 * durable (fsync, synchronous commit, full-page writes): a commit it acknowledged
 * survives a crash of the application, of the server, or of both.
 * <p>
 * The server is a separate process, so a {@code kill -9} of the application leaves it
 * running. The next start, holding the folder's lock (so no live application uses it),
 * stops such a server before starting its own; a server that was killed as well left only
 * its {@code postmaster.pid}, and PostgreSQL recovers from its log on start.
 */
public final class BundledPostgres {

    static final String SUPERUSER = "postgres";

    static final String DATABASE = "ipcase";

    private static final Logger log = LoggerFactory.getLogger(BundledPostgres.class);

    /** A crash recovery may replay a good deal of log before the server answers. */
    private static final int START_TIMEOUT_SECONDS = 300;

    private final Path binaries;

    private final Path cluster;

    private final Path logFile;

    private final FileChannel lockChannel;

    private final FileLock lock;

    private final int port;

    private BundledPostgres(Path binaries, Path cluster, Path logFile, FileChannel lockChannel, FileLock lock,
            int port) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.logFile = logFile;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /**
     * Starts the server on the cluster under {@code dataDir/postgres}, creating it on the
     * first start, and the application's database in it.
     */
    public static BundledPostgres start(Path dataDir) {
        Path data = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
            FileChannel channel = FileChannel.open(data.resolve("postgres.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            }
            catch (OverlappingFileLockException inThisProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another ipcase is running on the data folder " + data
                        + ": stop it, or give this one its own folder (--ipcase.data-dir=...)");
            }
            Path binaries = unpackBinaries(data.resolve("postgres-bin"));
            Path cluster = data.resolve("postgres");
            Path logFile = data.resolve("postgres.log");
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                initdb(binaries, cluster, logFile);
            }
            else {
                stopLeftOver(binaries, cluster, logFile);
            }
            int port = freePort();
            BundledPostgres postgres = new BundledPostgres(binaries, cluster, logFile, channel, lock, port);
            postgres.startServer();
            postgres.createDatabase();
            return postgres;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /**
     * A fast shutdown (open sessions end, their transactions roll back), then the
     * folder's lock goes.
     */
    public void stop() {
        try {
            run(List.of(bin("pg_ctl"), "stop", "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60"));
            log.info("Stopped the bundled PostgreSQL");
        }
        catch (RuntimeException e) {
            log.error("Could not stop the bundled PostgreSQL; see {}", logFile, e);
        }
        finally {
            try {
                lock.release();
                lockChannel.close();
            }
            catch (IOException e) {
                log.warn("Could not release {}", cluster.resolveSibling("postgres.lock"), e);
            }
        }
    }

    private void startServer() {
        // only on the loopback address: the application is its one client
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
        long began = System.nanoTime();
        try {
            run(List.of(bin("pg_ctl"), "start", "-D", cluster.toString(), "-l", logFile.toString(), "-o", options, "-w",
                    "-t", String.valueOf(START_TIMEOUT_SECONDS)));
        }
        catch (RuntimeException e) {
            throw new IllegalStateException(
                    "The bundled PostgreSQL did not start; its log " + logFile + " ends with:\n" + tail(logFile), e);
        }
        log.info("Bundled PostgreSQL started in {} ms on 127.0.0.1:{}, data in {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), port, cluster);
    }

    private void createDatabase() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", SUPERUSER,
                "")) {
            boolean exists;
            try (var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, DATABASE);
                exists = check.executeQuery().next();
            }
            if (!exists) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    /**
     * A new cluster, made aside and moved into place, so a start interrupted half-way
     * leaves nothing that looks like a cluster. The builtin C.UTF-8 locale sorts and
     * compares text the same on every operating system.
     */
    private static void initdb(Path binaries, Path cluster, Path logFile) throws IOException {
        if (Files.exists(cluster)) {
            throw new IllegalStateException(cluster + " is there but holds no PostgreSQL cluster: move it away");
        }
        Path fresh = cluster.resolveSibling("postgres.new");
        deleteRecursively(fresh);
        run(List.of(binaries.resolve("bin").resolve(executable("initdb")).toString(), "-D", fresh.toString(), "-U",
                SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8",
                "--locale=C"));
        Files.move(fresh, cluster, StandardCopyOption.ATOMIC_MOVE);
        log.info("Created a PostgreSQL cluster in {} (log: {})", cluster, logFile);
    }

    /**
     * A server of an earlier run of the application that was killed: its process is still
     * there, or only its pid file.
     */
    private static void stopLeftOver(Path binaries, Path cluster, Path logFile) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.US_ASCII)) {
            pid = lines.findFirst().map(String::strip).map(Long::parseLong).orElse(-1L);
        }
        catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        if (process.isEmpty() || !process.get().isAlive()) {
            // killed with the application: PostgreSQL sees the stale pid file and
            // recovers
            log.warn("The bundled PostgreSQL did not shut down cleanly last time; it recovers from its log now");
            return;
        }
        boolean postgres = process.get()
            .info()
            .command()
            .map(c -> Path.of(c).getFileName().toString().toLowerCase(Locale.ROOT).startsWith("postgres"))
            .orElse(true);
        if (!postgres) {
            // the pid was reused by an unrelated process (after a reboot): the file is
            // stale
            Files.delete(pidFile);
            return;
        }
        log.warn("Stopping the bundled PostgreSQL (pid {}) that an earlier run left running", pid);
        try {
            run(List.of(binaries.resolve("bin").resolve(executable("pg_ctl")).toString(), "stop", "-D",
                    cluster.toString(), "-m", "fast", "-w", "-t", "60"));
        }
        catch (RuntimeException e) {
            log.warn("It did not stop in time; killing it (it recovers from its log on start)", e);
            process.get().destroyForcibly();
            process.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    /**
     * The binaries for this system, unpacked under a folder named after the archive's
     * digest: a new build of them unpacks beside, and the old ones go.
     */
    private static Path unpackBinaries(Path root) throws IOException {
        String system = system();
        String hardware = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        byte[] archive;
        MessageDigest md5;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, hardware)) {
            md5 = MessageDigest.getInstance("MD5");
            try (DigestInputStream digesting = new DigestInputStream(in, md5)) {
                archive = digesting.readAllBytes();
            }
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String digest = HexFormat.of().formatHex(md5.digest());
        Path target = root.resolve(digest);
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        long began = System.nanoTime();
        deleteRecursively(root);
        Path partial = root.resolve(digest + ".partial");
        Files.createDirectories(partial);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = partial.resolve(entry.getName()).normalize();
                if (!file.startsWith(partial)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                }
                else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                }
                else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || partial.relativize(file).startsWith("bin")) {
                        file.toFile().setExecutable(true);
                    }
                }
            }
        }
        Files.createFile(partial.resolve(".complete"));
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        log.info("Unpacked PostgreSQL for {} {} into {} in {} ms", system, hardware, target,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        return target;
    }

    private static String system() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "Windows";
        }
        if (os.startsWith("mac")) {
            return "Darwin";
        }
        if (os.startsWith("linux")) {
            return "Linux";
        }
        throw new IllegalStateException(
                "No bundled PostgreSQL for " + os + ": run with the postgres profile on a PostgreSQL server");
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(executable(name)).toString();
    }

    private static String executable(String name) {
        return system().equals("Windows") ? name + ".exe" : name;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Runs a PostgreSQL tool to its end; its output goes to the application's log.
     * PostgreSQL refuses to run as root: as root (in a container, say) it runs in a user
     * namespace of its own, where it is not root, as zonky's own tests do.
     */
    private static void run(List<String> command) {
        List<String> line = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            line.addAll(List.of("unshare", "-U"));
        }
        line.addAll(command);
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (var reader = process.inputReader()) {
                reader.lines().forEach(output::add);
            }
            int exit = process.waitFor();
            output.forEach(out -> log.debug("{}: {}", Path.of(command.get(0)).getFileName(), out));
            if (exit != 0) {
                throw new IllegalStateException(command.get(0) + " " + command.get(1) + " failed (" + exit + "):\n"
                        + String.join("\n", output));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 20), all.size()));
        }
        catch (IOException | UncheckedIOException e) {
            return "(no log)";
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
