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

    static ArticleReader readerFor(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) return new TextReader();
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return new JsonLinesReader();
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return new HtmlReader();
        return null;
    }
}
