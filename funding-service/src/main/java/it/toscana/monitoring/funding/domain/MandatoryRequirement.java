package it.toscana.monitoring.funding.domain;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UpdateTimestamp;
import java.time.Instant;

/** A requirement every local programme must meet, e.g. adhesion to RTRT. */
@Entity
@Table(name = "mandatory_requirement")
public class MandatoryRequirement extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    @Version
    public long version;

    /** Set by every insert and update; what {@code ?updatedSince=} bounds. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** For JPA. */
    protected MandatoryRequirement() {
    }

    /** A new requirement under its code. */
    public MandatoryRequirement(String code) {
        this.code = code;
    }
}
