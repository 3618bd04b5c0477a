package org.anju.permits.verify;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.anju.permits.document.DocumentKind;
import org.anju.permits.lifecycle.PermitState;
import org.anju.permits.permit.BuildKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone who scans the QR code on a site's notice board learns about a 选址意见书 or 乡村建设规划许可证: whether it
 * is genuine and in force, and what it permits. No personal identifiers: the household head's name is masked, there
 * is no resident ID, no address beyond the village and no internal id.
 */
@Schema(name = "DocumentVerification", requiredProperties = { "kind", "kindZh", "kindEn", "number", "revision",
        "issuedOn", "firstIssuedOn", "status", "statusZh", "statusEn", "buildState", "buildStateZh", "buildStateEn" })
public record DocumentVerification(
        @Schema(examples = "CERTIFICATE") DocumentKind kind,
        @Schema(examples = "乡村建设规划许可证") String kindZh,
        @Schema(examples = "Rural construction planning permit") String kindEn,
        @Schema(examples = "369901-2026-000123") String number,
        @Schema(description = "The current revision (a corrected document keeps its number)", examples = "1")
        int revision,
        @Schema(description = "Day the current revision was issued, Asia/Shanghai") LocalDate issuedOn,
        @Schema(description = "Day the first revision was issued") LocalDate firstIssuedOn,
        @Schema(description = "Valid until, for a document that expires") LocalDate validUntil,
        @Schema(description = "VALID: genuine and in force; SUSPENDED: genuine, but the works are stopped (a stop-work "
                + "notice or a suspension; see suspendedOn); EXPIRED: past its validity; WITHDRAWN: the household "
                + "withdrew the application; REVOKED: the permit was revoked") Status status,
        @Schema(description = "The status as a villager reads it, with the day the works were stopped",
                examples = "暂停施工（2026-11-28 起）") String statusZh,
        @Schema(examples = "Suspended since 2026-11-28") String statusEn,
        @Schema(description = "Day the works were stopped (Asia/Shanghai), when status is SUSPENDED") LocalDate suspendedOn,
        @Schema(description = "State of the build (code)", examples = "UNDER_CONSTRUCTION") PermitState buildState,
        @Schema(examples = "施工中") String buildStateZh,
        @Schema(examples = "Under construction") String buildStateEn,
        @Schema(examples = "城关镇") String township,
        @Schema(examples = "东门村") String village,
        @Schema(description = "Household head, masked", examples = "王*国") String householdHead,
        @Schema(examples = "NEW_BUILD") BuildKind buildKind,
        @Schema(examples = "新建") String buildKindZh,
        @Schema(examples = "2") int storeys,
        @Schema(description = "Floor area in square metres", examples = "180.00") BigDecimal floorArea) {

    /** Whether the document stands. */
    @Schema(name = "DocumentStatus")
    public enum Status {
        VALID("有效", "Valid"), SUSPENDED("暂停施工", "Suspended"), EXPIRED("已过期", "Expired"),
        WITHDRAWN("申请已撤回，文书失效", "Withdrawn: no longer in force"), REVOKED("已撤销", "Revoked");

        private final String zh;
        private final String en;

        Status(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }
}
