package io.ipcase.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine was doing while a figure was taken, printed beside it (Linux). */
final class MachineState {

    private MachineState() {
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        }
        catch (Exception e) {
            return "(unknown)";
        }
    }

    /** This JVM's resident memory. */
    static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status"))
                .stream()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).strip())
                .findFirst()
                .orElse("(unknown)");
        }
        catch (Exception e) {
            return "(unknown)";
        }
    }

}
