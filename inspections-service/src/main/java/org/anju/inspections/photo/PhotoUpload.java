package org.anju.inspections.photo;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resumable upload session: the size and SHA-256 promised, and how many bytes have arrived. */
@Entity
@Table(name = "photo_upload")
public class PhotoUpload {

    /** Open until the last byte arrives and the hash matches. */
    @Schema(name = "UploadStatus")
    public enum Status {
        OPEN, COMPLETE
    }

    @Id
    public UUID id;
    public long expectedSize;
    public String expectedSha256;
    public long received;
    public String tempPath;
    public UUID visitId;
    public UUID hazardId;
    public UUID caseId;
    public OffsetDateTime takenAt;
    public Double lat;
    public Double lng;
    public String uploadedBy;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID photoId;
    public OffsetDateTime createdAt;
    @Version
    public long version;

    void advance(long bytes) {
        this.received = bytes;
    }

    void complete(UUID photo) {
        this.status = Status.COMPLETE;
        this.photoId = photo;
    }
}
