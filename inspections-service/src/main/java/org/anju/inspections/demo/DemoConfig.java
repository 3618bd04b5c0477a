package org.anju.inspections.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether to load the demo county's inspections at startup. */
@ConfigMapping(prefix = "anju.demo-data")
public interface DemoConfig {

    /** Load demo data (env ANJU_DEMO_DATA=true, set by ./anju run); never in tests. */
    @WithDefault("false")
    boolean enabled();
}
