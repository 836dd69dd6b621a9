package org.khabar.ingest;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a run: a bar with count, rate and ETA redrawn in place on a terminal, and the same figures as a
 * plain line every five seconds when the output is a file or a pipe (a log stays readable).
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    /** @param total articles expected, or a negative number when unknown (no ETA then) */
    Progress(PrintStream out, long total) {
        // Java 17 cannot ask about stderr alone: a console means an interactive session
        boolean terminal = System.console() != null;
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total > 0 ? total : -1)
                .setUnit(" articles", 1).showSpeed().setStyle(ProgressBarStyle.ASCII);
        if (terminal) b.setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(500);
        else b.setConsumer(new DelegatingProgressBarConsumer(out::println, 100)).setUpdateIntervalMillis(5000);
        this.bar = b.build();
    }

    void update(long done, long failed) {
        bar.stepTo(done);
        bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
    }

    @Override
    public void close() { bar.close(); }
}
