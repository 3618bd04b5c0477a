package org.anju.permits.permit;

/** Structural system of the house. */
public enum Structure {
    BRICK_CONCRETE("砖混结构", "brick-concrete"), FRAME("框架结构", "frame"), LIGHT_STEEL("轻钢结构", "light steel"),
    TIMBER("木结构", "timber"), OTHER("其他结构", "other structure");

    private final String zh;
    private final String en;

    Structure(String zh, String en) {
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
