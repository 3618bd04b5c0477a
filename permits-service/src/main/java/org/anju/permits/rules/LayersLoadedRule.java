package org.anju.permits.rules;

import java.util.Arrays;
import java.util.List;

import org.anju.permits.gis.CountyLayers;
import org.anju.permits.gis.LayerKind;

/**
 * A siting rule without its data does not pass (DESIGN.md section 3): each layer the siting rules need (planning areas,
 * hazard zones, roads) that the county has not loaded is named, refused or, by county rule, only warned about.
 */
public final class LayersLoadedRule {

    public static final String RULE = "layer-missing";

    private LayersLoadedRule() {
    }

    public static List<RuleViolation> check(CountyLayers layers) {
        return Arrays.stream(LayerKind.values()).filter(k -> !layers.loaded(k))
                .map(k -> RuleViolation.of(RULE, "规则所需图层未载入", "Layer not loaded", "layers",
                        "the county has not loaded the " + k.en() + " layer (" + k + ") that the siting rules need",
                        "本县尚未载入选址规则所需的“" + k.zh() + "”图层（" + k + "），须由县住建局上传后再审",
                        RuleViolation.ordered("kind", k.name(), "kindZh", k.zh())))
                .toList();
    }
}
