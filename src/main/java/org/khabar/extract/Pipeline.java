package org.khabar.extract;

import java.util.ArrayList;
import java.util.List;
import org.khabar.doc.Document;

/** A fixed sequence of stages over a document, assembled by a builder. Not thread-safe: one per worker. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) { this.stages = List.copyOf(stages); }

    public static Builder builder() { return new Builder(); }

    public Document process(Document doc) {
        for (Stage s : stages) s.process(doc);
        return doc;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        public Builder then(Stage s) { stages.add(java.util.Objects.requireNonNull(s)); return this; }
        public Pipeline build() {
            if (stages.isEmpty()) throw new IllegalStateException("a pipeline needs at least one stage");
            return new Pipeline(stages);
        }
    }
}
