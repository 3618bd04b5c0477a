package org.anju.inspections.sync;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.anju.common.problem.Problem;

/** What became of each item of a batch. */
@Schema(name = "SyncResult", requiredProperties = { "items", "created", "alreadyKnown", "refused" })
public record SyncResult(List<Item> items, int created, int alreadyKnown, int refused) {

    /** The fate of one item. */
    public enum Outcome {
        NEW, ALREADY_KNOWN, REFUSED
    }

    /** One item's answer; a refused item carries its problem (its status tells whether a retry may help). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SyncItem", requiredProperties = { "kind", "index", "result" })
    public record Item(@Schema(examples = "visit") String kind, int index, UUID id, Outcome result, Problem problem) {
    }

    static SyncResult of(List<Item> items) {
        return new SyncResult(items, count(items, Outcome.NEW), count(items, Outcome.ALREADY_KNOWN),
                count(items, Outcome.REFUSED));
    }

    private static int count(List<Item> items, Outcome o) {
        return (int) items.stream().filter(i -> i.result() == o).count();
    }
}
