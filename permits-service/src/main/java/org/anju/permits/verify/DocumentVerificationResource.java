package org.anju.permits.verify;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.common.division.Division;
import org.anju.common.division.Divisions;
import org.anju.common.openapi.AnjuOpenApiFilter;
import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.Problem;
import org.anju.common.problem.ProblemException;
import org.anju.permits.county.HolidayCalendar;
import org.anju.permits.document.DocumentKind;
import org.anju.permits.document.PermitDocument;
import org.anju.permits.household.Household;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.Permit;
import org.anju.permits.verify.DocumentVerification.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public verification of 一书一证 (DESIGN.md section 6: anonymous certificate verification): the QR code on a site's
 * notice board leads here, so a neighbour, a villager or a crew can check the document without an account.
 */
@Path("/api/v1/documents/{kind}/{number}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public 公开查询")
public class DocumentVerificationResource {

    /** A certificate's number; a book's carries the prefix XZ (books issued before it was introduced do not). */
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{6}-[0-9]{4}-[0-9]{6}$");
    private static final Pattern BOOK_NUMBER = Pattern.compile("^(XZ)?[0-9]{6}-[0-9]{4}-[0-9]{6}$");

    private final Divisions divisions;

    public DocumentVerificationResource(Divisions divisions) {
        this.divisions = divisions;
    }

    @GET
    @PermitAll
    @Extension(name = AnjuOpenApiFilter.PUBLIC, value = "true")
    @Operation(operationId = "verifyDocument", summary = "Verify a book or certificate 一书一证真伪查询",
            description = "Anyone, without logging in: whether the 选址意见书 (BOOK) or 乡村建设规划许可证 (CERTIFICATE) "
                    + "with this number is genuine and in force, its current revision, and what it permits. The "
                    + "household head's name is masked; no identifiers. Cached for a minute.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(
            schema = @Schema(implementation = DocumentVerification.class)))
    @APIResponse(responseCode = "400", description = "Not a document kind, or a number not of the form "
            + "<county>-<year>-<6 digits>", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such document was issued (possibly a forgery)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response verify(
            @PathParam("kind") @Parameter(description = "BOOK or CERTIFICATE (case-insensitive)", example = "CERTIFICATE")
            String kind,
            @PathParam("number") @Parameter(description = "The number printed on the document",
                    example = "369901-2026-000123") String number) {
        DocumentKind k = kind(kind);
        String n = number.trim();
        if (!(k == DocumentKind.BOOK ? BOOK_NUMBER : NUMBER).matcher(n).matches()) {
            throw ProblemException.invalid(new FieldViolation("number", "document-number-format",
                    "number must look like " + k.prefix() + "369901-2026-000123 (county, year, 6 digits)",
                    "文书编号格式应为 " + k.prefix() + "369901-2026-000123（县代码-年份-6 位序号）", number));
        }
        List<PermitDocument> revisions = PermitDocument.<PermitDocument>find("kind = ?1 and number = ?2 "
                + "order by revision", k, n).list();
        if (revisions.isEmpty()) {
            throw new ProblemException(404, "document-not-found", "未查到该文书，请核实编号或向乡镇咨询",
                    "No such document", "No " + k + " numbered " + n + " was issued in Anju; it may be forged")
                    .with("kind", k).with("number", n);
        }
        PermitDocument first = revisions.get(0);
        PermitDocument current = revisions.get(revisions.size() - 1);
        Permit p = Permit.findById(current.permitId);
        Household h = Household.findById(p.householdId);
        Status status = status(p, current.validUntil);
        LocalDate stoppedOn = status == Status.SUSPENDED ? stoppedOn(p) : null;
        DocumentVerification answer = new DocumentVerification(k, k == DocumentKind.BOOK ? "选址意见书" : "乡村建设规划许可证",
                k == DocumentKind.BOOK ? "Site selection opinion" : "Rural construction planning permit", n,
                current.revision, current.issuedAt.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate(),
                first.issuedAt.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate(), current.validUntil, status,
                stoppedOn == null ? status.zh() : status.zh() + "（" + stoppedOn + " 起）",
                stoppedOn == null ? status.en() : status.en() + " since " + stoppedOn, stoppedOn,
                p.state, p.state.zh(), p.state.en(), name(p.townshipCode), name(p.villageCode), maskName(h.headName),
                p.kind, p.kind.zh(), p.storeys, p.floorArea);
        // public: shared caches may keep it a minute; a revocation shows within that minute
        return Response.ok(answer).header("Cache-Control", "public, max-age=60").build();
    }

    static Status status(Permit p, LocalDate validUntil) {
        if (p.state == PermitState.REVOKED) {
            return Status.REVOKED;
        }
        if (p.state == PermitState.WITHDRAWN) {
            return Status.WITHDRAWN;
        }
        if (validUntil != null && validUntil.isBefore(HolidayCalendar.today())) {
            return Status.EXPIRED;
        }
        if (p.state == PermitState.SUSPENDED || p.stopWorkNoticeId != null) {
            return Status.SUSPENDED;
        }
        return Status.VALID;
    }

    /** The day the works were stopped: the stop-work notice's, else the suspension's. */
    private static LocalDate stoppedOn(Permit p) {
        OffsetDateTime at = p.stopWorkSince != null ? p.stopWorkSince : p.suspendedAt;
        return at == null ? null : at.atZoneSameInstant(HolidayCalendar.ZONE).toLocalDate();
    }

    /** 王建国 → 王*国, 王明 → 王*, 欧阳建国 → 欧**国: enough for a neighbour to recognise, not to identify. */
    static String maskName(String name) {
        int[] cps = name.trim().codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return out.append('*').toString();
        }
        out.append("*".repeat(cps.length - 2));
        return out.appendCodePoint(cps[cps.length - 1]).toString();
    }

    private static DocumentKind kind(String value) {
        for (DocumentKind k : List.of(DocumentKind.BOOK, DocumentKind.CERTIFICATE)) {
            if (k.name().equalsIgnoreCase(value.trim())) {
                return k;
            }
        }
        throw ProblemException.invalid(new FieldViolation("kind", "document-kind", "kind must be BOOK or CERTIFICATE",
                "文书类型应为 BOOK（选址意见书）或 CERTIFICATE（乡村建设规划许可证）", value));
    }

    private String name(String code) {
        return divisions.find(code).map(Division::name).orElse(null);
    }
}
