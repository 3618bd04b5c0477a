package org.anju.permits.document;

/**
 * The two documents of 一书一证 (and the application number, which uses the same gap-free counter), each with the
 * prefix that tells its numbers apart at a glance (DESIGN.md section 3): a book XZ369901-2026-000123 (选址), a
 * certificate 369901-2026-000123, an application A369901-2026-000123.
 */
public enum DocumentKind {
    /** 选址意见书, the Site Selection Opinion. */
    BOOK("XZ"),
    /** 乡村建设规划许可证, the Rural Construction Planning Permit. */
    CERTIFICATE(""),
    /** 申请编号, numbering of applications. */
    APPLICATION("A");

    private final String prefix;

    DocumentKind(String prefix) {
        this.prefix = prefix;
    }

    /** What a number of this kind starts with, before the county code. */
    public String prefix() {
        return prefix;
    }
}
