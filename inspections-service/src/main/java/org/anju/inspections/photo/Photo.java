package org.anju.inspections.photo;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo attached to a visit, a hazard or a case; its content is a {@code photo_blob} shared by identical uploads. */
@Entity
@Table(name = "photo")
public class Photo {
    @Id
    public UUID id;
    public String sha256;
    public UUID visitId;
    public UUID hazardId;
    public UUID caseId;
    public OffsetDateTime takenAt;
    public Double lat;
    public Double lng;
    public String uploadedBy;
    public OffsetDateTime createdAt;
}
