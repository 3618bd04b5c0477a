package org.anju.permits.gis;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One uploaded version of a county GIS layer; the highest version of a kind is the current one. */
@Entity
@Table(name = "gis_layer")
public class GisLayer extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "county_code")
    public String countyCode;
    @Enumerated(EnumType.STRING)
    public LayerKind kind;
    public int version;
    @Column(name = "feature_count")
    public int featureCount;
    public String geojson;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
}
