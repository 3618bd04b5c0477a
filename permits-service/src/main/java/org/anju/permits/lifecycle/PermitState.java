package org.anju.permits.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a build (DESIGN.md section 4), with the words a person reads for each (Chinese first); the allowed
 * moves between them are in {@link Transitions}.
 */
public enum PermitState {
    DRAFT("草稿", "Draft"),
    SUBMITTED("已受理", "Submitted"),
    VILLAGE_REVIEWED("村级审查通过", "Village review passed"),
    SITE_SURVEYED("已现场踏勘", "Site surveyed"),
    BOOK_ISSUED("已核发选址意见书", "Site selection opinion issued"),
    PERMITTED("已核发乡村建设规划许可证", "Building permit issued"),
    UNDER_CONSTRUCTION("施工中", "Under construction"),
    COMPLETED("已竣工验收", "Completed"),
    ARCHIVED("已归档", "Archived"),
    REJECTED("不予许可", "Rejected"),
    WITHDRAWN("申请已撤回", "Withdrawn"),
    SUSPENDED("暂停施工", "Suspended"),
    REVOKED("许可已撤销", "Revoked");

    /** States in which a build counts as the household's active build (一户一宅). */
    public static final Set<PermitState> ACTIVE = EnumSet.of(SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED, BOOK_ISSUED,
            PERMITTED, UNDER_CONSTRUCTION, SUSPENDED);

    /** States still waiting for the township's site survey (time limit: 3 working days from intake). */
    public static final Set<PermitState> AWAITING_SURVEY = EnumSet.of(SUBMITTED, VILLAGE_REVIEWED);

    /** States still waiting for the decision (time limit: 10 working days from intake). */
    public static final Set<PermitState> AWAITING_DECISION = EnumSet.of(SUBMITTED, VILLAGE_REVIEWED, SITE_SURVEYED);

    private final String zh;
    private final String en;

    PermitState(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The state in Chinese, as a villager or an officer reads it. */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
