package org.anju.inspections.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.common.problem.FieldViolation;
import org.anju.common.problem.ProblemException;
import org.anju.inspections.config.InspectionsConfig;

/**
 * Photo files on disk: streamed in through a small buffer while the SHA-256 and the size are computed, never held
 * whole in memory; stored once per content under {@code <dir>/<sha[0..2]>/<sha>}.
 */
@ApplicationScoped
public class PhotoStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final long maxBytes;

    public PhotoStore(InspectionsConfig config) {
        this.root = Path.of(config.photos().dir());
        this.maxBytes = config.photos().maxBytes();
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create photo directory " + root, e);
        }
    }

    /** A file received but not yet kept: its hash, size and sniffed type. */
    public record Received(Path temp, String sha256, long size, String contentType) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** 413 when a declared or actual size passes the cap. */
    public ProblemException tooLarge(long size) {
        return new ProblemException(413, "photo-too-large", "照片超过大小上限", "Photo too large",
                "A photo may be at most " + maxBytes + " bytes; this one is " + (size < 0 ? "larger" : size + " bytes"),
                List.of(new FieldViolation("body", "max-size", "At most " + maxBytes + " bytes",
                        "不得超过 " + maxBytes + " 字节")))
                .with("maxBytes", maxBytes);
    }

    /** Streams a whole upload to a temporary file, refusing it past the cap or when it is not a photo. */
    public Received receive(InputStream in) {
        Path temp = newTemp();
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
            return copy(in, out, maxBytes, temp);
        } catch (ProblemException e) {
            delete(temp);
            throw e;
        } catch (IOException e) {
            delete(temp);
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file for a resumable upload. */
    public Path newTemp() {
        try {
            return Files.createFile(root.resolve("incoming").resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends a chunk at {@code offset} (dropping any bytes past it that were never acknowledged), at most
     * {@code limit} bytes. Returns the file's length afterwards, also when the client went away mid-chunk: what
     * arrived is kept, so the client resumes from there.
     */
    public long append(Path file, long offset, InputStream in, long limit) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(offset);
            channel.position(offset);
            OutputStream out = Channels.newOutputStream(channel);
            try {
                copy(in, out, limit, file);
            } catch (IOException e) {
                // the connection broke: keep what arrived
            }
            out.flush();
            return channel.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hashes and sniffs a complete file, reading it in chunks. */
    public Received inspect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return copy(in, OutputStream.nullOutputStream(), Long.MAX_VALUE, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a received file under its hash; a file with the same content already kept wins (one copy). */
    public String keep(Received r) {
        Path target = root.resolve(r.sha256().substring(0, 2)).resolve(r.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                delete(r.temp());
            } else {
                try {
                    Files.move(r.temp(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    delete(r.temp());
                }
            }
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies through a small buffer, hashing and counting as the bytes pass and keeping the head for sniffing. */
    private Received copy(InputStream in, OutputStream out, long limit, Path file) throws IOException {
        MessageDigest sha = sha256();
        byte[] buf = new byte[BUFFER];
        byte[] head = new byte[PhotoType.HEAD];
        int headLength = 0;
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                throw tooLarge(-1);
            }
            if (headLength < head.length) {
                int take = Math.min(n, head.length - headLength);
                System.arraycopy(buf, 0, head, headLength, take);
                headLength += take;
            }
            sha.update(buf, 0, n);
            out.write(buf, 0, n);
        }
        return new Received(file, HexFormat.of().formatHex(sha.digest()), total,
                PhotoType.sniff(head, headLength).orElse(null));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
