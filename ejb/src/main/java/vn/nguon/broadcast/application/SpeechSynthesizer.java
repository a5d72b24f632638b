package vn.nguon.broadcast.application;

/**
 * Turns a bulletin's text into speech. The engine is replaceable (espeak-ng today, a better
 * Vietnamese voice later) without touching the bulletins.
 */
public interface SpeechSynthesizer {

    /** Whether this engine has a voice for the language ("vi", "hmn" …). */
    boolean speaks(String language);

    /** The text read aloud, as a WAV file. */
    byte[] wav(String text, String language);
}
