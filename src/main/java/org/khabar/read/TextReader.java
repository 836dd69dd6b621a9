package org.khabar.read;

import java.nio.file.Path;
import org.khabar.doc.ArticleMeta;

/** A plain-text article: the whole file is the text, the file name its id; the first line is taken as headline. */
public final class TextReader implements ArticleReader {
    @Override
    public void read(Path file, ArticleSink sink) {
        try {
            String text = FileText.read(file, FileText.MAX_BYTES);
            if (text.isBlank()) { sink.problem(new ReadProblem(file.toString(), "no text (only white space)")); return; }
            sink.article(new ArticleInput(new ArticleMeta(FileText.baseName(file), null, null, null, null, null, null,
                    file.toString()), text));
        } catch (FileText.Unreadable e) {
            sink.problem(new ReadProblem(file.toString(), e.getMessage()));
        }
    }
}
