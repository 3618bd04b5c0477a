package org.anju.permits.county;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.anju.common.concurrency.Versions;
import org.anju.common.division.Divisions;
import org.anju.permits.rules.CountyRuleSet;
import org.anju.permits.visit.VisitType;

import io.quarkus.runtime.StartupEvent;

/** Reads and changes the county's rules; every configured county starts with the defaults. */
@ApplicationScoped
public class CountyRulesService {

    private final Divisions divisions;

    public CountyRulesService(Divisions divisions) {
        this.divisions = divisions;
    }

    @Transactional
    void seedDefaults(@Observes StartupEvent start) {
        for (var county : divisions.counties()) {
            String code = county.countyPrefix();
            if (CountyRules.findById(code) == null) {
                CountyRules r = new CountyRules();
                r.countyCode = code;
                apply(r, toView(code, CountyRuleSet.defaults()), "system");
                r.persist();
            }
        }
    }

    /** The six-digit code of this deployment's (first) county. */
    public String countyCode() {
        return divisions.counties().get(0).countyPrefix();
    }

    public CountyRules entity(String countyCode) {
        CountyRules r = CountyRules.findById(countyCode);
        if (r == null) {
            throw new IllegalStateException("No rules for county " + countyCode);
        }
        return r;
    }

    /** The version of the county's rules (their ETag), which a decision records beside the layers' versions. */
    public long version(String countyCode) {
        return entity(countyCode).version;
    }

    public CountyRuleSet ruleSet(String countyCode) {
        CountyRules r = entity(countyCode);
        return new CountyRuleSet(r.aboveStoreys, r.aboveFloorArea, r.aboveInvestment, r.noticeDays, r.setbackNationalM,
                r.setbackProvincialM, r.setbackCountyM, r.setbackTownshipM,
                Arrays.stream(r.visits.split(",")).map(String::trim).map(VisitType::valueOf).toList(),
                r.bookValidMonths, r.surveyWorkingDays, r.decisionWorkingDays, r.settingOutWorkingDays,
                r.stageVisitWorkingDays, CountyRuleSet.MissingLayers.valueOf(r.missingLayers),
                r.newBuildAfterCompletedHouse);
    }

    @Transactional
    public CountyRules update(String countyCode, String ifMatch, CountyRulesView view, String by) {
        CountyRules r = entity(countyCode);
        Versions.requireMatch(ifMatch, r.version);
        apply(r, view, by);
        CountyRules.flush();
        return r;
    }

    public static CountyRulesView toView(String code, CountyRuleSet s) {
        return new CountyRulesView(code, s.aboveStoreys(), s.aboveFloorArea(), s.aboveInvestment(), s.noticeDays(),
                s.setbackNationalM(), s.setbackProvincialM(), s.setbackCountyM(), s.setbackTownshipM(), s.visits(),
                s.bookValidMonths(), s.surveyWorkingDays(), s.decisionWorkingDays(), s.settingOutWorkingDays(),
                s.stageVisitWorkingDays(), s.missingLayers(), s.newBuildAfterCompletedHouse());
    }

    private static void apply(CountyRules r, CountyRulesView v, String by) {
        r.aboveStoreys = v.aboveStoreys();
        r.aboveFloorArea = v.aboveFloorArea();
        r.aboveInvestment = v.aboveInvestment();
        r.noticeDays = v.noticeDays();
        r.setbackNationalM = v.setbackNationalM();
        r.setbackProvincialM = v.setbackProvincialM();
        r.setbackCountyM = v.setbackCountyM();
        r.setbackTownshipM = v.setbackTownshipM();
        r.visits = v.visits().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        r.bookValidMonths = v.bookValidMonths();
        r.surveyWorkingDays = v.surveyWorkingDays();
        r.decisionWorkingDays = v.decisionWorkingDays();
        // optional in a PUT (clients written before they existed): absent keeps the stored value, or the default
        CountyRuleSet defaults = CountyRuleSet.defaults();
        r.settingOutWorkingDays = v.settingOutWorkingDays() != null ? v.settingOutWorkingDays()
                : r.settingOutWorkingDays > 0 ? r.settingOutWorkingDays : defaults.settingOutWorkingDays();
        r.stageVisitWorkingDays = v.stageVisitWorkingDays() != null ? v.stageVisitWorkingDays()
                : r.stageVisitWorkingDays > 0 ? r.stageVisitWorkingDays : defaults.stageVisitWorkingDays();
        r.missingLayers = v.missingLayers() != null ? v.missingLayers().name()
                : r.missingLayers != null ? r.missingLayers : defaults.missingLayers().name();
        if (v.newBuildAfterCompletedHouse() != null) {
            r.newBuildAfterCompletedHouse = v.newBuildAfterCompletedHouse();
        }
        r.updatedAt = OffsetDateTime.now();
        r.updatedBy = by;
    }
}
