package org.anju.permits.document;

/** The two documents of 一书一证 (and the application number, which uses the same gap-free counter). */
public enum DocumentKind {
    /** 选址意见书, the Site Selection Opinion. */
    BOOK,
    /** 乡村建设规划许可证, the Rural Construction Planning Permit. */
    CERTIFICATE,
    /** 申请编号, numbering of applications. */
    APPLICATION
}
