package org.anju.permits.household;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A household (户) applying to build: its head, household register number and village. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "county_code")
    public String countyCode;
    @Column(name = "village_code")
    public String villageCode;
    @Column(name = "township_code")
    public String townshipCode;
    @Column(name = "head_name")
    public String headName;
    @Column(name = "head_resident_id")
    public String headResidentId;
    @Column(name = "register_number")
    public String registerNumber;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public long version;
}
