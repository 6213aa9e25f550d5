package it.toscana.monitoring.platform.territory;

import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "replica_municipality")
public class ReplicaMunicipality extends PanacheEntityBase {

    @Id
    @Column(name = "istat_code")
    public String istatCode;

    @Column(nullable = false)
    public String name;

    public String province;

    public Integer population;

    @Column(name = "population_date")
    public LocalDate populationDate;
}
