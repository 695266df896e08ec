package io.ipcase.inbox;

import java.time.LocalDate;

/** An officer named a colleague to stand in for them; published in that transaction. */
public record SubstituteNamed(String absentUser, String absentName, String substitute, LocalDate startsOn,
        LocalDate endsOn) {
}
