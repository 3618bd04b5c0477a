package org.anju.permits.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.anju.permits.permit.Track;

/**
 * Classes a build at submission: above the limit (限额以上) when ANY of the county's thresholds is reached — storeys,
 * floor area (m²) or investment (¥); defaults 3, 300 and 300,000 (DESIGN.md section 3).
 */
public final class TrackClassifier {

    private TrackClassifier() {
    }

    /** One threshold the build reached. */
    public record Reached(String threshold, BigDecimal value, BigDecimal limit) {

        /** How a person reads it, in Chinese then English. */
        public String messageZh() {
            return switch (threshold) {
                case "storeys" -> "层数 " + value.stripTrailingZeros().toPlainString() + " 层，达到限额 "
                        + limit.stripTrailingZeros().toPlainString() + " 层";
                case "floorArea" -> "建筑面积 " + value.toPlainString() + " 平方米，达到限额 " + limit.toPlainString() + " 平方米";
                default -> "投资 " + value.toPlainString() + " 元，达到限额 " + limit.toPlainString() + " 元";
            };
        }

        public String message() {
            return threshold + " " + value.stripTrailingZeros().toPlainString() + " reaches the limit "
                    + limit.stripTrailingZeros().toPlainString();
        }

        /** As kept with the build: {@code threshold|value|limit}. */
        public String stored() {
            return threshold + "|" + value.toPlainString() + "|" + limit.toPlainString();
        }

        public static Reached parse(String line) {
            String[] p = line.split("\\|");
            return new Reached(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]));
        }
    }

    public static Track classify(ApplicationFacts facts, CountyRuleSet rules) {
        return reached(facts, rules).isEmpty() ? Track.BELOW_LIMIT : Track.ABOVE_LIMIT;
    }

    /** The thresholds the build reaches; none below the limit. */
    public static List<Reached> reached(ApplicationFacts facts, CountyRuleSet rules) {
        List<Reached> out = new ArrayList<>();
        if (facts.storeys() >= rules.aboveStoreys()) {
            out.add(new Reached("storeys", BigDecimal.valueOf(facts.storeys()), BigDecimal.valueOf(rules.aboveStoreys())));
        }
        if (facts.floorArea().compareTo(rules.aboveFloorArea()) >= 0) {
            out.add(new Reached("floorArea", facts.floorArea(), rules.aboveFloorArea()));
        }
        if (facts.investment().compareTo(rules.aboveInvestment()) >= 0) {
            out.add(new Reached("investment", facts.investment(), rules.aboveInvestment()));
        }
        return out;
    }
}
