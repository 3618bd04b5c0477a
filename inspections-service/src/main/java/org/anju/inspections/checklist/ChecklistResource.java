package org.anju.inspections.checklist;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.anju.common.security.Caller;
import org.anju.common.security.Role;
import org.anju.inspections.hazard.HazardGrade;

/** The current checklist templates, which phones download before going out. */
@Path("/api/v1/checklist-templates")
@Tag(name = "Checklists 检查表")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    private final ChecklistRepository checklists;
    private final Caller caller;

    public ChecklistResource(ChecklistRepository checklists, Caller caller) {
        this.checklists = checklists;
        this.caller = caller;
    }

    /** A template version with its items. */
    @Schema(name = "ChecklistTemplate", requiredProperties = { "id", "visitType", "version", "titleZh", "titleEn", "items" })
    public record TemplateView(UUID id, String visitType, int version, String titleZh, String titleEn,
            List<ItemView> items) {
    }

    /** One item; a "no" to a YES_NO item with a hazardGrade is a hazard of that grade. */
    @Schema(name = "ChecklistItem", requiredProperties = { "code", "textZh", "textEn", "answerKind", "required" })
    public record ItemView(@Schema(examples = "BEARING_SOIL_SOUND") String code, String textZh, String textEn,
            ChecklistItem.AnswerKind answerKind, boolean required, String hazardType, HazardGrade hazardGrade) {
    }

    @GET
    @Operation(summary = "Current checklist templates 现行检查表")
    @APIResponse(responseCode = "200", description = "The newest version of each visit type's template")
    public List<TemplateView> current() {
        caller.require(Role.people());
        return checklists.currentTemplates().stream().map(t -> new TemplateView(t.id, t.visitType, t.version,
                t.titleZh, t.titleEn, checklists.items(t.id).stream().map(i -> new ItemView(i.code, i.textZh,
                        i.textEn, i.answerKind, i.required, i.hazardType, i.hazardGrade)).toList())).toList();
    }
}
