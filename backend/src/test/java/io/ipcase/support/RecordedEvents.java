package io.ipcase.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ipcase.documents.DocumentServed;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The events other capabilities would react to, as committed, so tests can see what was
 * published.
 */
@TestComponent
public class RecordedEvents {

    private final List<DocumentServed> served = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(DocumentServed event) {
        served.add(event);
    }

    public List<DocumentServed> documentsServed(UUID caseId) {
        return served.stream().filter(e -> e.caseId().equals(caseId)).toList();
    }

}
