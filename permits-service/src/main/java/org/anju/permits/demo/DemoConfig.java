package org.anju.permits.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the demo county's builds are loaded at startup. */
@ConfigMapping(prefix = "anju.demo-data")
public interface DemoConfig {

    /** Load the demo data (env ANJU_DEMO_DATA=true, set by ./anju run); never in tests. */
    @WithDefault("false")
    boolean enabled();
}
