package org.anju.inspections.photo;

import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;

/** Photos: one-piece upload, resumable upload for weak networks, metadata and content. */
@Path("/api/v1")
@Tag(name = "Photos 照片")
public class PhotoResource {

    private static final String PROBLEM = "application/problem+json";

    private final PhotoService photos;
    private final PhotoStore store;
    private final Caller caller;

    public PhotoResource(PhotoService photos, PhotoStore store, Caller caller) {
        this.photos = photos;
        this.store = store;
        this.caller = caller;
    }

    @POST
    @Path("/photos")
    @Consumes({ "image/jpeg", "image/png", "image/heic", MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a photo in one piece 上传照片", description = "The body is the photo itself, streamed to "
            + "disk. Its type is told from its content (JPEG, PNG, HEIC only). The same content uploaded again for the "
            + "same target answers 200 with the photo already kept.")
    @RequestBody(required = true, content = @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Kept", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "200", description = "Same content already kept for this target", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "404", description = "No such visit, hazard or case", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over the size cap", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content is not a JPEG, PNG or HEIC photo", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response upload(InputStream body, @QueryParam("visitId") UUID visitId, @QueryParam("hazardId") UUID hazardId,
            @QueryParam("caseId") UUID caseId,
            @Parameter(example = "2026-11-28T09:31:00+08:00") @QueryParam("takenAt") OffsetDateTime takenAt,
            @QueryParam("lat") Double lat, @QueryParam("lng") Double lng,
            @HeaderParam("Content-Length") Long contentLength) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        if (contentLength != null && contentLength > store.maxBytes()) {
            throw store.tooLarge(contentLength);
        }
        PhotoTarget target = new PhotoTarget(visitId, hazardId, caseId, takenAt, lat, lng);
        photos.requireTarget(target, caller::mayAccessTownship);
        PhotoService.Stored s = photos.upload(body, target, caller.user());
        return (s.created() ? Response.created(URI.create("/api/v1/photos/" + s.photo().id())) : Response.ok())
                .type(MediaType.APPLICATION_JSON).entity(s.photo()).build();
    }

    @GET
    @Path("/photos/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A photo's metadata 照片信息")
    @APIResponse(responseCode = "200", description = "Metadata", content = @Content(schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "404", description = "No such photo", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PhotoView get(@PathParam("id") UUID id) {
        caller.require(Role.people());
        return visible(id);
    }

    @GET
    @Path("/photos/{id}/content")
    @Produces({ "image/jpeg", "image/png", "image/heic" })
    @Operation(summary = "A photo's content 照片内容")
    @APIResponse(responseCode = "200", description = "The photo", content = @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such photo", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response content(@PathParam("id") UUID id) {
        caller.require(Role.people());
        PhotoView p = visible(id);
        return Response.ok(photos.file(p).toFile(), p.contentType()).header("ETag", "\"" + p.sha256() + "\"").build();
    }

    /** Opens a resumable upload. */
    @Schema(name = "NewPhotoUpload", requiredProperties = { "size", "sha256" })
    public record NewUpload(@NotNull @Positive @Schema(description = "Total bytes", examples = "2483112") Long size,
            @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hex digits") String sha256,
            UUID visitId, UUID hazardId, UUID caseId, OffsetDateTime takenAt, Double lat, Double lng) {
    }

    @POST
    @Path("/photo-uploads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a resumable upload 创建断点续传", description = "Then PATCH chunks with Upload-Offset; the "
            + "last chunk completes the photo once the content hashes to the announced SHA-256.")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "404", description = "No such visit, hazard or case", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Announced size over the cap", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response open(@Valid @NotNull NewUpload body) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        PhotoTarget target = new PhotoTarget(body.visitId(), body.hazardId(), body.caseId(), body.takenAt(),
                body.lat(), body.lng());
        photos.requireTarget(target, caller::mayAccessTownship);
        PhotoUpload u = photos.open(body.size(), body.sha256(), target, caller.user());
        return Response.created(URI.create("/api/v1/photo-uploads/" + u.id)).entity(PhotoService.describe(u))
                .header("Upload-Offset", 0).build();
    }

    @GET
    @Path("/photo-uploads/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where to resume an upload 查询续传位置")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "404", description = "No such upload", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("id") UUID id) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        PhotoUpload u = own(id);
        return Response.ok(PhotoService.describe(u)).header("Upload-Offset", u.received).build();
    }

    @PATCH
    @Path("/photo-uploads/{id}")
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, "application/offset+octet-stream" })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append a chunk 追加分片")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Chunk kept; COMPLETE with photoId after the last one", content = @Content(schema = @Schema(implementation = UploadView.class)))
    @APIResponse(responseCode = "404", description = "No such upload", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Offset is not where the upload stands (uploadOffset says where)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More bytes than announced", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Complete content is not a photo", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Complete content does not match the announced SHA-256", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response append(@PathParam("id") UUID id, InputStream chunk,
            @Parameter(required = true, description = "Offset of this chunk's first byte") @HeaderParam("Upload-Offset") Long offset) {
        caller.require(Role.INSPECTOR, Role.TOWNSHIP_OFFICER);
        own(id);
        if (offset == null || offset < 0) {
            throw ProblemException.invalid(new FieldViolation("Upload-Offset", "required",
                    "Upload-Offset header (bytes already sent) is required", "须提供 Upload-Offset 请求头"));
        }
        PhotoUpload u = photos.append(id, offset, chunk);
        return Response.ok(PhotoService.describe(u)).header("Upload-Offset", u.received).build();
    }

    private PhotoUpload own(UUID id) {
        return photos.findUpload(id).filter(u -> u.uploadedBy.equals(caller.user()))
                .orElseThrow(() -> ProblemException.notFound("Upload", id));
    }

    private PhotoView visible(UUID id) {
        PhotoView p = photos.find(id).orElseThrow(() -> ProblemException.notFound("Photo", id));
        photos.requireTarget(new PhotoTarget(p.visitId(), p.hazardId(), p.caseId(), null, null, null),
                caller::mayAccessTownship);
        return p;
    }
}
