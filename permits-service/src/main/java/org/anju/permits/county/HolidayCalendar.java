package org.anju.permits.county;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The county's holiday calendar (table {@code holiday}) as {@link WorkingDays}, and "today" in the county's zone. */
@ApplicationScoped
public class HolidayCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;

    public HolidayCalendar(EntityManager em) {
        this.em = em;
    }

    public WorkingDays workingDays() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, workday from holiday").getResultList();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            (Boolean.TRUE.equals(row[1]) ? workdays : holidays).add(day);
        }
        return new WorkingDays(holidays, workdays);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
