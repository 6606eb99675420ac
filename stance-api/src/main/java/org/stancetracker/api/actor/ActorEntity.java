package org.stancetracker.api.actor;

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

/** A country or organisation, with the other names news uses for it. Written by the reference data loader only. */
@Entity
@Table(name = "actor")
public class ActorEntity extends PanacheEntityBase {
    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "kind")
    public String kind;

    @Column(name = "name")
    public String name;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_code"))
    @Column(name = "alias")
    @OrderBy
    public List<String> aliases;

    @OneToMany(mappedBy = "actorCode", fetch = FetchType.LAZY)
    @OrderBy("person, validFrom")
    public List<RoleEntity> roles;
}
