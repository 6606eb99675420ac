package org.stancetracker.benchmarks.perentity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code stance_evidence}: one finding of a stance. */
@Entity
@Table(name = "stance_evidence")
public class EvidenceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stance_id")
    StanceEntity stance;
    @Column(name = "extractor_name")
    String extractorName;
    @Column(name = "extractor_version")
    String extractorVersion;
    String evidence;
    @Column(name = "evidence_start")
    int evidenceStart;
    @Column(name = "evidence_end")
    int evidenceEnd;
    @Column(name = "stance_date")
    LocalDate stanceDate;
    @Column(name = "date_precision")
    String datePrecision;
    double confidence;
}
