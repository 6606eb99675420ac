package org.stancetracker.api.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A dated event of a topic (a summit, a deal), as the reference data has it: a row of topic_event. */
@Embeddable
public class TopicEvent {
    @Column(name = "name")
    public String name;

    @Column(name = "kind")
    public String kind;

    @Column(name = "event_date")
    public LocalDate date;
}
