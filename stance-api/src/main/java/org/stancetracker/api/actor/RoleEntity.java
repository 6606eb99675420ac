package org.stancetracker.api.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Formula;

/**
 * A person speaking for an actor over a period: the validity is a PostgreSQL {@code daterange},
 * read as its two bounds, [validFrom, validUntil), either open when null.
 */
@Entity
@Table(name = "actor_role")
public class RoleEntity extends PanacheEntityBase {
    @Id
    @Column(name = "id")
    public Long id;

    @Column(name = "actor_code")
    public String actorCode;

    @Column(name = "person")
    public String person;

    @Column(name = "title")
    public String title;

    @Formula("lower(validity)")
    public LocalDate validFrom;

    @Formula("upper(validity)")
    public LocalDate validUntil;
}
