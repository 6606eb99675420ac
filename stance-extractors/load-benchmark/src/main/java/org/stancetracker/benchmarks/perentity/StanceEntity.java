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

/** A row of {@code stance}. */
@Entity
@Table(name = "stance")
public class StanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    ArticleEntity article;
    @Column(name = "actor_code")
    String actorCode;
    @Column(name = "topic_id")
    String topicId;
    @Column(name = "position_id")
    String positionId;
    String polarity;
    @Column(name = "stance_date")
    LocalDate stanceDate;
    @Column(name = "date_precision")
    String datePrecision;
    String evidence;
    @Column(name = "evidence_start")
    int evidenceStart;
    @Column(name = "evidence_end")
    int evidenceEnd;
    @Column(name = "extractor_name")
    String extractorName;
    @Column(name = "extractor_version")
    String extractorVersion;
    double confidence;
}
