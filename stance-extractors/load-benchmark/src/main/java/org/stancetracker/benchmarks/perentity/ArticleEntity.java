package org.stancetracker.benchmarks.perentity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code article}, mapped the way an ORM application would map it. */
@Entity
@Table(name = "article")
public class ArticleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String source;
    @Column(name = "external_id")
    String externalId;
    String url;
    String title;
    LocalDate published;
    String body;
    @Column(name = "content_hash")
    String contentHash;
}
