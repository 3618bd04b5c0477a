package org.anju.inspections.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** County settings of inspections-service: proof of presence and photo storage. */
@ConfigMapping(prefix = "anju.inspections")
public interface InspectionsConfig {

    /** Proof-of-presence rule. */
    Presence presence();

    /** Photo storage and limits. */
    Photos photos();

    /** Proof of presence (DESIGN.md 3, "Presence"). */
    interface Presence {
        /** Radius around the permit's site position within which a check-in counts as on site, in metres. */
        @WithDefault("100")
        double radiusMetres();

        /** Accuracy assumed when a phone reports none, in metres (a missing accuracy is not trusted as perfect). */
        @WithDefault("25")
        double assumedAccuracyMetres();

        /** Difference between the phone's clock and the server's above which a visit is flagged. */
        @WithDefault("10m")
        Duration clockSkewTolerance();
    }

    /** Photo storage. */
    interface Photos {
        /** Directory photo files are written to. */
        @WithDefault("${java.io.tmpdir}/anju-photos")
        String dir();

        /** Largest photo accepted, in bytes (default 15 MB). */
        @WithDefault("15728640")
        long maxBytes();

        /** A resumable upload still open this long after it was opened is abandoned: purged with its partial file. */
        @WithDefault("24h")
        Duration abandonedUploadAge();

        /** How often abandoned uploads are looked for (scheduler syntax, e.g. 1h). */
        @WithDefault("1h")
        String uploadPurgeEvery();
    }
}
