package vn.nguon.shared.files;

import java.io.Serializable;
import java.time.Instant;

/** What the pages and the API show of a stored file (never its bytes). */
public record FileInfo(long id, String ownerUnit, String kind, String contentType, String fileName, long size, String sha256,
                       Integer width, Integer height, Instant createdAt) implements Serializable {

    public static FileInfo of(StoredFile f) {
        return new FileInfo(f.id(), f.ownerUnit(), f.kind().name(), f.contentType(), f.fileName(), f.size(), f.sha256(),
                f.width(), f.height(), f.createdAt());
    }
}
