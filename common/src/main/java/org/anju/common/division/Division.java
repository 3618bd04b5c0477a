package org.anju.common.division;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county, township or village, named by its 12-digit statistical division code (统计用区划代码). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Division", requiredProperties = { "code", "name", "level" })
public record Division(
        @Schema(description = "12-digit statistical division code", pattern = "^[0-9]{12}$", examples = "369901100201") String code,
        @Schema(description = "Name in Chinese", examples = "东门村") String name,
        @Schema(description = "Name in English, where one is kept") String nameEn,
        Level level,
        @Schema(description = "Code of the division above, absent for a county") String parentCode,
        @Schema(description = "Latitude of the division's centre, WGS-84") Double lat,
        @Schema(description = "Longitude of the division's centre, WGS-84") Double lng,
        @Schema(description = "The divisions directly below (townships of a county, villages of a township)") List<Division> children) {

    /** Administrative level; a county is the tenant boundary. */
    public enum Level {
        COUNTY, TOWNSHIP, VILLAGE
    }

    /** The same division without its children, for lists and lookups. */
    public Division alone() {
        return children == null ? this : new Division(code, name, nameEn, level, parentCode, lat, lng, null);
    }

    /** The six-digit county prefix of any code in the county. */
    public String countyPrefix() {
        return code.substring(0, 6);
    }
}
