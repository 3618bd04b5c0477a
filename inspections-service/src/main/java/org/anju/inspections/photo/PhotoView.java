package org.anju.inspections.photo;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo's metadata. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Photo", requiredProperties = { "id", "sha256", "contentType", "sizeBytes", "uploadedBy", "createdAt" })
public record PhotoView(UUID id, @Schema(description = "SHA-256 of the content, hex") String sha256,
        @Schema(examples = "image/jpeg") String contentType, long sizeBytes, UUID visitId, UUID hazardId, UUID caseId,
        OffsetDateTime takenAt, Double lat, Double lng, String uploadedBy, OffsetDateTime createdAt) {
}
