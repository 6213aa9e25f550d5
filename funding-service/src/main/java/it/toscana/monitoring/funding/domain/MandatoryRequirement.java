package it.toscana.monitoring.funding.domain;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A requirement every local programme must meet, e.g. adhesion to RTRT. */
@Entity
@Table(name = "mandatory_requirement")
public class MandatoryRequirement extends VersionedRecord {

    @Id
    public String code;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    /** For JPA. */
    protected MandatoryRequirement() {
    }

    /** A new requirement under its code. */
    public MandatoryRequirement(String code) {
        this.code = code;
    }
}
