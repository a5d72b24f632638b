package vn.nguon.broadcast.application;

/**
 * Decodes an audio file in full with a real decoder: a file whose headers look right but whose frames
 * do not decode (random bytes behind MP3 frame headers) is refused, and the length is what decoding
 * found, not what the headers claim.
 */
public interface AudioDecoder {

    /** @return the decoded length in milliseconds; @throws vn.nguon.broadcast.domain.AudioCheck.Refused when it does not decode */
    long decodedMillis(byte[] data);
}
