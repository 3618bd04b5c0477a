package org.anju.registry.craftsman;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

import org.anju.registry.config.RegistryConfig;

/**
 * The training-currency rule: a craftsman is current on a day when the courses he completed in the window before it
 * (default 12 months, the day itself included) add up to the required hours (default 40), of which enough (default
 * 24) were taken offline.
 */
public final class TrainingCurrency {

    /** The rule in words, for the OpenAPI descriptions of the operations that apply it (defaults shown). */
    public static final String RULE = "Training rule (培训学时达标): a craftsman's training is current on a day when the "
            + "courses he completed in the 12 months ending on that day (that day included; by completion date) add up "
            + "to at least 40 hours, of which at least 24 offline (in person, 线下). Every course recorded in the "
            + "register counts, online or offline, with the hours recorded; a course completed after the day does not. "
            + "12, 40 and 24 are the county's configuration (anju.registry.training.window-months, min-hours, "
            + "min-offline-hours); every TrainingStatus shows the values applied (windowStart, requiredHours, "
            + "requiredOfflineHours).";

    /** The hours of one completed course. */
    public record Hours(LocalDate completedOn, BigDecimal hours, boolean offline) {
    }

    /** The outcome on one day. */
    public record Status(LocalDate on, LocalDate windowStart, BigDecimal hours, BigDecimal offlineHours,
            int requiredHours, int requiredOfflineHours, boolean current) {
    }

    private final int minHours;
    private final int minOfflineHours;
    private final int windowMonths;

    public TrainingCurrency(int minHours, int minOfflineHours, int windowMonths) {
        this.minHours = minHours;
        this.minOfflineHours = minOfflineHours;
        this.windowMonths = windowMonths;
    }

    public static TrainingCurrency of(RegistryConfig.Training config) {
        return new TrainingCurrency(config.minHours(), config.minOfflineHours(), config.windowMonths());
    }

    /** The first day of the window that ends on {@code on}. */
    public LocalDate windowStart(LocalDate on) {
        return on.minusMonths(windowMonths).plusDays(1);
    }

    public Status evaluate(Collection<Hours> records, LocalDate on) {
        LocalDate start = windowStart(on);
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        BigDecimal offline = BigDecimal.ZERO.setScale(1);
        for (Hours h : records) {
            if (h.completedOn().isBefore(start) || h.completedOn().isAfter(on)) {
                continue;
            }
            total = total.add(h.hours());
            if (h.offline()) {
                offline = offline.add(h.hours());
            }
        }
        boolean current = total.compareTo(BigDecimal.valueOf(minHours)) >= 0
                && offline.compareTo(BigDecimal.valueOf(minOfflineHours)) >= 0;
        return new Status(on, start, total, offline, minHours, minOfflineHours, current);
    }
}
