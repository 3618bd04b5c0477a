package org.anju.inspections.photo;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A resumable upload session: send the next chunk at {@code uploadOffset}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PhotoUpload", requiredProperties = { "id", "status", "uploadOffset", "expectedSize", "sha256" })
public record UploadView(UUID id, PhotoUpload.Status status,
        @Schema(description = "Bytes received so far; the next chunk starts here") long uploadOffset, long expectedSize,
        String sha256, @Schema(description = "The photo, once complete") UUID photoId) {
}
