package org.anju.permits.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.PermitDocument;
import org.anju.permits.document.PermitDocumentRepository;
import org.anju.permits.permit.Permit;
import org.anju.permits.permit.PermitService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The QR code for a build's notice board: it leads to the public verification page of its book or certificate. */
@Path("/api/v1/permits/{permitId}/documents/{kind}/qr")
@Tag(name = "Permits 农房建设审批")
public class DocumentQrResource {

    private static final int SIZE = 360;

    private final PermitService permits;
    private final PermitDocumentRepository documents;
    private final Caller caller;
    private final String publicUrl;

    public DocumentQrResource(PermitService permits, PermitDocumentRepository documents, Caller caller,
            @ConfigProperty(name = "anju.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.permits = permits;
        this.documents = documents;
        this.caller = caller;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GET
    @Produces("image/png")
    @Operation(operationId = "getDocumentQr", summary = "QR code of a book or certificate 文书二维码",
            description = "A PNG QR code (360 px, error correction M) for printing on the site's notice board. It "
                    + "encodes the public verification page `<anju.public-url>/verify/<kind>/<number>`, which anyone "
                    + "can open without an account. Same access as reading the permit.")
    @APIResponse(responseCode = "200", description = "The PNG", content = @Content(mediaType = "image/png",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "401", description = "No caller role",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such permit (or of another township)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The document is not issued yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response qr(@PathParam("permitId") UUID permitId,
            @PathParam("kind") @Parameter(description = "BOOK or CERTIFICATE") DocumentKind kind) {
        caller.require(Role.people());
        Permit p = permits.visible(permitId, caller);
        if (kind == DocumentKind.APPLICATION) {
            throw ProblemException.notFound("Document", kind);
        }
        PermitDocument d = documents.latest(p.id, kind).orElseThrow(() -> ProblemException.conflict(
                "document-not-issued", "文书尚未签发", "Document not issued",
                "The build has no " + kind + " yet").with("currentState", p.state));
        String url = publicUrl + "/verify/" + kind.name().toLowerCase(Locale.ROOT) + "/" + d.number;
        return Response.ok(png(url)).header("Content-Disposition",
                "inline; filename=\"" + kind.name().toLowerCase(Locale.ROOT) + "-" + d.number + ".png\"").build();
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code of " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
