package org.anju.gateway.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many wrong passwords lock an account, and for how long. */
@ConfigMapping(prefix = "anju.login")
public interface LoginConfig {

    /** Consecutive failed logins that lock the account. */
    @WithDefault("5")
    int maxFailures();

    /** How long a locked account stays locked (a county admin's password reset lifts it at once). */
    @WithDefault("PT15M")
    Duration lockDuration();

    /** How often refresh tokens expired for more than a day are deleted (scheduler syntax, e.g. 1h). */
    @WithDefault("1h")
    String purgeEvery();
}
