package org.anju.permits.visit;

import org.anju.permits.lifecycle.PermitState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mandatory site visits (六到场) and the stage each one gates. */
@Schema(name = "MandatoryVisitType")
public enum VisitType {
    SITE_SURVEY("选址踏勘", PermitState.SITE_SURVEYED),
    SETTING_OUT("定点放线", PermitState.UNDER_CONSTRUCTION),
    FOUNDATION_TRENCH("基槽验收", PermitState.COMPLETED),
    KEY_MILESTONE("重要节点", PermitState.COMPLETED),
    MAIN_STRUCTURE("主体完工", PermitState.COMPLETED),
    COMPLETION_ACCEPTANCE("竣工验收", PermitState.COMPLETED);

    private final String zh;
    private final PermitState gates;

    VisitType(String zh, PermitState gates) {
        this.zh = zh;
        this.gates = gates;
    }

    public String zh() {
        return zh;
    }

    /** The state the build may not enter before this visit has passed. */
    public PermitState gates() {
        return gates;
    }
}
