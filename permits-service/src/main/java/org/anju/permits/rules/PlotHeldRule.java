package org.anju.permits.rules;

import java.util.List;

/**
 * 一户一宅 on the ground: an active build holds its homestead plot and its homestead approval (宅基地批准书) county-wide,
 * so a second build naming either, by any household, is refused naming the first application.
 */
public final class PlotHeldRule {

    public static final String RULE = "plot-held";

    private PlotHeldRule() {
    }

    /** An active build of the county that names the same plot or approval. */
    public record Holder(String applicationNumber, boolean samePlot, boolean sameApproval) {
    }

    public static List<RuleViolation> check(ApplicationFacts facts, String plotId, List<Holder> holders) {
        return holders.stream().map(h -> RuleViolation.of(RULE, "宅基地已有在办农房", "Plot already held",
                h.samePlot() ? "plotId" : "homesteadApprovalRef",
                "application " + h.applicationNumber() + " already holds this "
                        + (h.samePlot() && h.sameApproval() ? "plot and homestead approval"
                                : h.samePlot() ? "plot" : "homestead approval"),
                "申请 " + h.applicationNumber() + " 已在使用该" + (h.samePlot() && h.sameApproval() ? "宅基地及宅基地批准书"
                        : h.samePlot() ? "宅基地" : "宅基地批准书"),
                RuleViolation.ordered("heldBy", h.applicationNumber(), "plotId", plotId,
                        "homesteadApprovalRef", facts.homesteadApprovalRef()))).toList();
    }
}
