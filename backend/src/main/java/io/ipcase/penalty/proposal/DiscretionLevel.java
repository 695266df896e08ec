package io.ipcase.penalty.proposal;

/**
 * How serious the violation is, for the office's discretion benchmark
 * (dmn/discretion-range.dmn).
 */
public enum DiscretionLevel {

    LIGHT, NORMAL, HEAVY

}
