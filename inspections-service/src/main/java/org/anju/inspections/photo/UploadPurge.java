package org.anju.inspections.photo;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.inspections.config.InspectionsConfig;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Purges resumable uploads abandoned by their phones (still open {@code abandoned-upload-age} after they were
 * opened, default 24 h) with their partial files, so the incoming directory holds only uploads that may still end.
 */
@ApplicationScoped
public class UploadPurge {

    private static final int BATCH = 500;

    private final PhotoService photos;
    private final InspectionsConfig config;

    public UploadPurge(PhotoService photos, InspectionsConfig config) {
        this.photos = photos;
        this.config = config;
    }

    @Scheduled(every = "${anju.inspections.photos.upload-purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** One pass; returns how many uploads were purged. */
    public int purge() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.photos().abandonedUploadAge());
        int purged = 0;
        int n;
        do {
            n = photos.purgeAbandoned(before, BATCH);
            purged += n;
        } while (n == BATCH);
        if (purged > 0) {
            Log.infof("Purged %d resumable photo uploads opened before %s and never completed", purged, before);
        }
        return purged;
    }
}
