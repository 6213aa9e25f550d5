package it.toscana.monitoring.gateway.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A printed total, replicated from funding.events; null community means the whole region. */
@Entity
@Table(name = "declared_total")
public class DeclaredTotal extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "community_code")
    public String communityCode;

    @Column(nullable = false)
    public String scope;

    @Column(name = "funding_line_code")
    public String fundingLineCode;

    /** Names one of several figures of a scope, e.g. a Scheda headline's title; null for table figures. */
    public String label;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_location")
    public String sourceLocation;

    public String note;

    @Column(name = "last_event_time", nullable = false)
    public Instant lastEventTime;

    public static List<DeclaredTotal> of(String communityCode) {
        return communityCode == null
                ? list("communityCode is null order by scope, fundingLineCode, label")
                : list("communityCode = ?1 order by scope, fundingLineCode, label", communityCode);
    }

    /** Table 1 row totals of every community (no line), for the region's reconciliation. */
    public static List<DeclaredTotal> table1CommunityTotals() {
        return list("communityCode is not null and scope = 'TABLE1' and fundingLineCode is null");
    }
}
