package org.anju.permits.rules;

import org.anju.permits.permit.Track;

/** Classes a build at submission: above the limit when ANY threshold is reached (storeys, floor area, investment). */
public final class TrackClassifier {

    private TrackClassifier() {
    }

    public static Track classify(ApplicationFacts facts, CountyRuleSet rules) {
        boolean above = facts.storeys() >= rules.aboveStoreys()
                || facts.floorArea().compareTo(rules.aboveFloorArea()) >= 0
                || facts.investment().compareTo(rules.aboveInvestment()) >= 0;
        return above ? Track.ABOVE_LIMIT : Track.BELOW_LIMIT;
    }
}
