package org.anju.gateway.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Accounts by id and username, the keyset account list, and the atomic updates of the login counters. */
@ApplicationScoped
public class UserAccountRepository implements PanacheRepositoryBase<UserAccount, UUID> {

    public Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** One page of a county's accounts in username order, after the given username, optionally filtered. */
    @SuppressWarnings("unchecked")
    public List<UserAccount> page(String county, String role, String township, String afterUsername, int limit) {
        StringBuilder sql = new StringBuilder("select * from user_account where county_code = :county");
        if (role != null) {
            sql.append(" and roles @> array[cast(:role as varchar(32))]");
        }
        if (township != null) {
            sql.append(" and townships @> array[cast(:township as varchar(12))]");
        }
        if (afterUsername != null) {
            sql.append(" and username > :after");
        }
        sql.append(" order by username limit :limit");
        var query = getEntityManager().createNativeQuery(sql.toString(), UserAccount.class)
                .setParameter("county", county).setParameter("limit", limit);
        if (role != null) {
            query.setParameter("role", role);
        }
        if (township != null) {
            query.setParameter("township", township);
        }
        if (afterUsername != null) {
            query.setParameter("after", afterUsername);
        }
        return query.getResultList();
    }

    /**
     * Counts a failed login in one statement (safe under concurrent attempts); the failure that reaches the limit
     * locks the account until {@code lockUntil} and starts the count again. Leaves the version alone: the lockout
     * is not an edit that should make an admin's If-Match stale.
     */
    public OffsetDateTime recordFailure(UUID id, int maxFailures, OffsetDateTime lockUntil) {
        getEntityManager().createNativeQuery("update user_account set "
                + "locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end, "
                + "failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end "
                + "where id = :id")
                .setParameter("max", maxFailures).setParameter("until", lockUntil).setParameter("id", id)
                .executeUpdate();
        return (OffsetDateTime) getEntityManager()
                .createNativeQuery("select locked_until from user_account where id = :id", OffsetDateTime.class)
                .setParameter("id", id).getSingleResult();
    }

    public void recordSuccess(UUID id, OffsetDateTime now) {
        getEntityManager().createNativeQuery("update user_account set failed_attempts = 0, locked_until = null, "
                + "last_login_at = :now where id = :id")
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }
}
