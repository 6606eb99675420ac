package org.stancetracker.benchmarks.perentity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code load_progress}, so that this path commits the same progress mark per batch as the bulk one. */
@Entity
@Table(name = "load_progress")
public class LoadProgressEntity {
    @Id
    @Column(name = "input_key")
    String inputKey;
    @Column(name = "records_done")
    long recordsDone;
}
