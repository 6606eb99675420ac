package org.stancetracker.api.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** A topic row; topics are written by the reference data loader only, so this entity is read. */
@Entity
@Table(name = "topic")
public class TopicEntity extends PanacheEntityBase {
    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "title")
    public String title;

    @OneToMany(mappedBy = "topic", fetch = FetchType.LAZY)
    @OrderBy("ordinal")
    public List<PositionEntity> positions;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "topic_event", joinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("date")
    public List<TopicEvent> events;
}
