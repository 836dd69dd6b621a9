package org.khabar.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file as strict UTF-8, refusing empty, binary, oversized and badly encoded files with a clear reason. */
public final class FileText {
    /** Largest single article file accepted (a news article is a few kilobytes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private FileText() {}

    /** Thrown with a message a user can act on. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) { super(message); }
    }

    public static String read(Path file, long maxBytes) throws Unreadable {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (size == 0) throw new Unreadable("empty file");
        if (size > maxBytes) throw new Unreadable("file too large (" + size + " bytes; the limit is " + maxBytes + ")");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read file (" + e.getMessage() + ")");
        }
        return decode(bytes);
    }

    /** Strict UTF-8 with the BOM removed; a NUL byte means binary data. */
    public static String decode(byte[] bytes) throws Unreadable {
        for (int i = 0; i < Math.min(bytes.length, 1 << 20); i++)
            if (bytes[i] == 0) throw new Unreadable("binary data (NUL byte at offset " + i + "), not a text article");
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            String s = dec.decode(buf).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (MalformedInputException e) {
            throw new Unreadable("not valid UTF-8 (bad byte sequence at offset " + buf.position() + "; truncated or in another encoding?)");
        } catch (CharacterCodingException e) {
            throw new Unreadable("not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    /** File name without its extension: the article id of a .txt or .html file. */
    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
