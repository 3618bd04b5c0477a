package org.anju.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated list; pass {@code nextCursor} back as {@code cursor} for the next page. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's stable order") List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
}
