package org.anju.inspections.photo;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Receives photos in one piece or resumably, keeps each content once, and attaches it to a visit, hazard or case.
 * Streaming happens outside any database transaction; only the bookkeeping is transactional.
 */
@ApplicationScoped
public class PhotoService {

    private final PhotoStore store;
    private final EntityManager em;
    private final Set<UUID> uploadsInFlight = ConcurrentHashMap.newKeySet();

    public PhotoService(PhotoStore store, EntityManager em) {
        this.store = store;
        this.em = em;
    }

    /** The answer to an upload: the photo, and whether it was new for its target. */
    public record Stored(PhotoView photo, boolean created) {
    }

    /** 404 unless the target exists in a township the caller may see. */
    public void requireTarget(PhotoTarget t, Predicate<String> mayAccessTownship) {
        String table = t.visitId() != null ? "visit" : t.hazardId() != null ? "hazard" : "illegal_case";
        UUID id = t.visitId() != null ? t.visitId() : t.hazardId() != null ? t.hazardId() : t.caseId();
        List<?> townships = em.createNativeQuery("select township_code from " + table + " where id = ?1")
                .setParameter(1, id).getResultList();
        if (townships.isEmpty() || !mayAccessTownship.test((String) townships.get(0))) {
            throw ProblemException.notFound(table.equals("illegal_case") ? "Case" : table, id);
        }
    }

    /** Streams one whole photo in, then keeps it. */
    public Stored upload(InputStream body, PhotoTarget target, String user) {
        PhotoStore.Received r = store.receive(body);
        return keep(r, target, user);
    }

    private Stored keep(PhotoStore.Received r, PhotoTarget target, String user) {
        if (r.contentType() == null) {
            store.delete(r.temp());
            throw PhotoTarget.notAPhoto();
        }
        String path = store.keep(r);
        return QuarkusTransaction.requiringNew().call(() -> attach(r, path, target, user));
    }

    private Stored attach(PhotoStore.Received r, String path, PhotoTarget t, String user) {
        em.createNativeQuery("insert into photo_blob (sha256, content_type, size_bytes, storage_path) "
                + "values (?1, ?2, ?3, ?4) on conflict do nothing").setParameter(1, r.sha256())
                .setParameter(2, r.contentType()).setParameter(3, r.size()).setParameter(4, path).executeUpdate();
        String field = t.visitId() != null ? "visitId" : t.hazardId() != null ? "hazardId" : "caseId";
        UUID id = t.visitId() != null ? t.visitId() : t.hazardId() != null ? t.hazardId() : t.caseId();
        Optional<Photo> same = em.createQuery("from Photo where sha256 = ?1 and " + field + " = ?2", Photo.class)
                .setParameter(1, r.sha256()).setParameter(2, id).getResultStream().findFirst();
        if (same.isPresent()) {
            return new Stored(view(same.get()), false);
        }
        Photo p = new Photo();
        p.id = UUID.randomUUID();
        p.sha256 = r.sha256();
        p.visitId = t.visitId();
        p.hazardId = t.hazardId();
        p.caseId = t.caseId();
        p.takenAt = t.takenAt();
        p.lat = t.lat();
        p.lng = t.lng();
        p.uploadedBy = user;
        p.createdAt = OffsetDateTime.now();
        em.persist(p);
        em.flush();
        return new Stored(view(p), true);
    }

    /** Opens a resumable upload for content of the announced size and SHA-256. */
    @Transactional
    public PhotoUpload open(long size, String sha256, PhotoTarget t, String user) {
        if (size > store.maxBytes()) {
            throw store.tooLarge(size);
        }
        PhotoUpload u = new PhotoUpload();
        u.id = UUID.randomUUID();
        u.expectedSize = size;
        u.expectedSha256 = sha256.toLowerCase();
        u.tempPath = store.newTemp().toString();
        u.visitId = t.visitId();
        u.hazardId = t.hazardId();
        u.caseId = t.caseId();
        u.takenAt = t.takenAt();
        u.lat = t.lat();
        u.lng = t.lng();
        u.uploadedBy = user;
        u.status = PhotoUpload.Status.OPEN;
        u.createdAt = OffsetDateTime.now();
        em.persist(u);
        em.flush();
        return u;
    }

    public Optional<PhotoUpload> findUpload(UUID id) {
        return Optional.ofNullable(em.find(PhotoUpload.class, id));
    }

    /**
     * Appends a chunk at the offset the client names, which must be what has arrived so far (409 otherwise, with the
     * current offset). When the last byte arrives, the content's SHA-256 must be the promised one.
     */
    public PhotoUpload append(UUID id, long offset, InputStream chunk) {
        if (!uploadsInFlight.add(id)) {
            throw ProblemException.conflict("upload-busy", "该上传正在接收另一个分片", "Upload busy",
                    "Another chunk of upload " + id + " is being received; retry when it ends");
        }
        try {
            PhotoUpload u = QuarkusTransaction.requiringNew().call(() -> em.find(PhotoUpload.class, id));
            if (u == null) {
                throw ProblemException.notFound("Upload", id); // purged as abandoned meanwhile
            }
            if (u.status == PhotoUpload.Status.COMPLETE) {
                return u;
            }
            if (offset != u.received) {
                throw ProblemException.conflict("upload-offset-mismatch", "上传偏移量不一致", "Upload offset mismatch",
                        "Upload " + id + " has " + u.received + " bytes; send the chunk starting there")
                        .with("uploadOffset", u.received);
            }
            long length = store.append(Path.of(u.tempPath), offset, chunk, u.expectedSize - offset);
            QuarkusTransaction.requiringNew().run(() -> em.find(PhotoUpload.class, id).advance(length));
            if (length < u.expectedSize) {
                return QuarkusTransaction.requiringNew().call(() -> em.find(PhotoUpload.class, id));
            }
            return finish(id);
        } finally {
            uploadsInFlight.remove(id);
        }
    }

    private PhotoUpload finish(UUID id) {
        PhotoUpload u = QuarkusTransaction.requiringNew().call(() -> em.find(PhotoUpload.class, id));
        PhotoStore.Received r = store.inspect(Path.of(u.tempPath));
        if (!r.sha256().equals(u.expectedSha256)) {
            QuarkusTransaction.requiringNew().run(() -> em.find(PhotoUpload.class, id).advance(0));
            store.append(Path.of(u.tempPath), 0, InputStream.nullInputStream(), 0);
            throw ProblemException.ruleViolated("upload-hash-mismatch", "上传内容的 SHA-256 与声明不符",
                    "Uploaded content does not match its SHA-256", "The content received hashes to " + r.sha256()
                            + ", not the announced " + u.expectedSha256 + "; the upload was reset to offset 0",
                    List.of(new FieldViolation("sha256", "upload-hash-mismatch", "Content hash differs",
                            "内容哈希不一致", r.sha256())));
        }
        PhotoTarget target = new PhotoTarget(u.visitId, u.hazardId, u.caseId, u.takenAt, u.lat, u.lng);
        Stored stored = keep(r, target, u.uploadedBy);
        return QuarkusTransaction.requiringNew().call(() -> {
            PhotoUpload managed = em.find(PhotoUpload.class, id);
            managed.complete(stored.photo().id());
            return managed;
        });
    }

    /**
     * Deletes the uploads opened before {@code openedBefore} that never completed, with their partial files; an
     * upload receiving a chunk right now is left alone. Returns how many were purged.
     */
    public int purgeAbandoned(OffsetDateTime openedBefore, int batch) {
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select u.id from PhotoUpload u "
                + "where u.status = :open and u.createdAt < :before order by u.createdAt", UUID.class)
                .setParameter("open", PhotoUpload.Status.OPEN).setParameter("before", openedBefore)
                .setMaxResults(batch).getResultList());
        int purged = 0;
        for (UUID id : ids) {
            if (!uploadsInFlight.add(id)) {
                continue;
            }
            try {
                String file = QuarkusTransaction.requiringNew().call(() -> {
                    PhotoUpload u = em.find(PhotoUpload.class, id);
                    if (u == null || u.status != PhotoUpload.Status.OPEN) {
                        return null;
                    }
                    em.remove(u);
                    return u.tempPath;
                });
                if (file != null) {
                    store.delete(Path.of(file));
                    purged++;
                }
            } finally {
                uploadsInFlight.remove(id);
            }
        }
        return purged;
    }

    public Optional<PhotoView> find(UUID id) {
        return Optional.ofNullable(em.find(Photo.class, id)).map(this::view);
    }

    /** Where a photo's content lies on disk. */
    public Path file(PhotoView p) {
        return Path.of((String) em.createNativeQuery("select storage_path from photo_blob where sha256 = ?1")
                .setParameter(1, p.sha256()).getSingleResult());
    }

    private PhotoView view(Photo p) {
        Object[] blob = (Object[]) em.createNativeQuery("select content_type, size_bytes from photo_blob where "
                + "sha256 = ?1").setParameter(1, p.sha256).getSingleResult();
        return new PhotoView(p.id, p.sha256, (String) blob[0], ((Number) blob[1]).longValue(), p.visitId, p.hazardId,
                p.caseId, p.takenAt, p.lat, p.lng, p.uploadedBy, p.createdAt);
    }

    /** The state of an upload session, for the client to resume. */
    public static UploadView describe(PhotoUpload u) {
        return new UploadView(u.id, u.status, u.received, u.expectedSize, u.expectedSha256, u.photoId);
    }
}
