package org.stancetracker.api.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic row; topics are written by the reference data loader only, so this entity is read. */
@Entity
@Table(name = "topic")
public class TopicEntity extends PanacheEntityBase {
    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "title")
    public String title;
}
