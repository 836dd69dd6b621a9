package org.khabar.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands paths (files and folders, recursively, in name order) and reads each file with the reader its extension calls for. */
public final class Inputs {
    private Inputs() {}

    public static void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) {
            if (!Files.exists(p)) { sink.problem(new ReadProblem(p.toString(), "no such file or folder")); continue; }
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> readerFor(f) != null).sorted().forEach(files::add);
                } catch (IOException e) {
                    sink.problem(new ReadProblem(p.toString(), "cannot list folder (" + e.getMessage() + ")"));
                }
                for (Path f : files) readerFor(f).read(f, sink);
            } else {
                ArticleReader r = readerFor(p);
                if (r == null) sink.problem(new ReadProblem(p.toString(), "unsupported file type (use .txt, .jsonl or .html)"));
                else r.read(p, sink);
            }
        }
    }

    /**
     * About how many articles {@code paths} hold (a line per JSON Lines record, one per other file), read
     * cheaply before a run so progress can show an ETA; unreadable paths count for nothing.
     */
    public static long estimate(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile).filter(f -> readerFor(f) != null)::iterator)
                    n += readerFor(f) instanceof JsonLinesReader ? lines(f) : 1;
            } catch (IOException | java.io.UncheckedIOException e) {
                // counted as nothing: the run itself reports the problem
            }
        }
        return n;
    }

    private static long lines(Path f) throws IOException {
        long n = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        try (var in = Files.newInputStream(f)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
                last = buf[r - 1];
            }
        }
        return last == '\n' ? n : n + 1;
    }

    static ArticleReader readerFor(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) return new TextReader();
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return new JsonLinesReader();
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return new HtmlReader();
        return null;
    }
}
