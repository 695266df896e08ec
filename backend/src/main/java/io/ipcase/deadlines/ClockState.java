package io.ipcase.deadlines;

public enum ClockState {

    RUNNING, PAUSED, STOPPED

}
