package org.stancetracker.api.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** A position on a topic, with the terms that name it in text. Read-only, like its topic. */
@Entity
@Table(name = "position")
public class PositionEntity extends PanacheEntityBase {
    /** Positions are identified within their topic. */
    @Embeddable
    public record Key(
            @Column(name = "topic_id") String topicId,
            @Column(name = "id") String id) implements Serializable {}

    @EmbeddedId
    public Key key;

    @MapsId("topicId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    public TopicEntity topic;

    @Column(name = "description")
    public String description;

    @Column(name = "ordinal")
    public int ordinal;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(
            name = "position_term",
            joinColumns = {
                @JoinColumn(name = "topic_id", referencedColumnName = "topic_id"),
                @JoinColumn(name = "position_id", referencedColumnName = "id")
            })
    @Column(name = "term")
    @OrderBy
    public List<String> terms;
}
