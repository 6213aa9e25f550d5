package it.toscana.monitoring.funding.domain;

import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether one community meets one mandatory requirement. */
@Entity
@Table(name = "requirement_status")
public class RequirementStatus extends VersionedRecord {

    /** {@code communityCode:requirementCode}, also the event key. */
    @Id
    public String id;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(name = "requirement_code", nullable = false)
    public String requirementCode;

    @Column(nullable = false)
    public boolean met;

    @Column(name = "assessed_on")
    public LocalDate assessedOn;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    public Source source;

    /** For JPA. */
    protected RequirementStatus() {
    }

    /** A new status of one community against one requirement. */
    public RequirementStatus(String communityCode, String requirementCode) {
        this.id = idOf(communityCode, requirementCode);
        this.communityCode = communityCode;
        this.requirementCode = requirementCode;
    }

    public static String idOf(String communityCode, String requirementCode) {
        return communityCode + ":" + requirementCode;
    }
}
