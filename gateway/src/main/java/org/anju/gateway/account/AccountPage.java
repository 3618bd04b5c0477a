package org.anju.gateway.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of accounts ({@code Page<AccountView>}). */
@Schema(name = "AccountPage", requiredProperties = "items")
public record AccountPage(List<AccountView> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page") String nextCursor) {
}
