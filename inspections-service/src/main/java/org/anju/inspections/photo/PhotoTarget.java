package org.anju.inspections.photo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

/** What a photo is of (exactly one of visit, hazard, case) and where and when it was taken. */
public record PhotoTarget(UUID visitId, UUID hazardId, UUID caseId, OffsetDateTime takenAt, Double lat, Double lng) {

    /** 400 unless exactly one target is named and the position, if any, is a WGS-84 position. */
    public PhotoTarget {
        int targets = (visitId == null ? 0 : 1) + (hazardId == null ? 0 : 1) + (caseId == null ? 0 : 1);
        if (targets != 1) {
            throw ProblemException.invalid(new FieldViolation("visitId", "one-target",
                    "Name exactly one of visitId, hazardId, caseId", "须且只能指定巡查、隐患或案件之一"));
        }
        if ((lat == null) != (lng == null) || (lat != null && (lat < -90 || lat > 90 || lng < -180 || lng > 180))) {
            throw ProblemException.invalid(new FieldViolation("lat", "position-range",
                    "lat and lng go together, lat in [-90, 90], lng in [-180, 180]", "经纬度须成对给出且在有效范围内"));
        }
    }

    static ProblemException notAPhoto() {
        return new ProblemException(415, "not-a-photo", "不是允许的照片格式", "Not a photo",
                "Only JPEG, PNG and HEIC photos are accepted, told by their content; this content is something else",
                List.of(new FieldViolation("body", "photo-type", "Content is not JPEG, PNG or HEIC",
                        "内容不是 JPEG、PNG 或 HEIC 照片")));
    }
}
