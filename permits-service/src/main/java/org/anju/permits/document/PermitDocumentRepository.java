package org.anju.permits.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The documents of a build, newest revision last. */
@ApplicationScoped
public class PermitDocumentRepository implements PanacheRepositoryBase<PermitDocument, UUID> {

    public List<PermitDocument> of(UUID permitId) {
        return list("permitId = ?1 order by kind, revision", permitId);
    }

    public Optional<PermitDocument> latest(UUID permitId, DocumentKind kind) {
        return find("permitId = ?1 and kind = ?2 order by revision desc", permitId, kind).firstResultOptional();
    }
}
