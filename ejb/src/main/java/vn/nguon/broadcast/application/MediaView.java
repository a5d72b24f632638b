package vn.nguon.broadcast.application;

import vn.nguon.broadcast.domain.Media;

/** An audio file as stored: id, type, size, length. */
public record MediaView(long id, String contentType, long size, long durationMs, String source, String fileName) {
    static MediaView of(Media m) {
        return new MediaView(m.id(), m.contentType(), m.size(), m.durationMs(), m.source().name(), m.fileName());
    }
}
