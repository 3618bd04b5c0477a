package org.anju.permits.permit;

/** What the household builds: a new house, a rebuild on the same plot, an extension (incl. added storeys), a major repair. */
public enum BuildKind {
    NEW_BUILD("新建", "new build"), REBUILD("原址翻建", "rebuild"), EXTENSION("改扩建", "extension"),
    MAJOR_REPAIR("大修", "major repair");

    private final String zh;
    private final String en;

    BuildKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Kinds that work on an existing house and therefore need its safety grade. */
    public boolean needsExistingGrade() {
        return this == REBUILD || this == EXTENSION;
    }

    /** Whether the work raises a new house (a rebuild replaces the old one) rather than working on an existing one. */
    public boolean newHouse() {
        return this == NEW_BUILD || this == REBUILD;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
