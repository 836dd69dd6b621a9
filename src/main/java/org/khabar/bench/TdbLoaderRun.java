package org.khabar.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Jena's own {@code tdb2.tdbloader} (from jena-cmds, on our class path) run in its own JVM, as a user would run it,
 * on a file: the yardstick for the bulk path.
 */
public final class TdbLoaderRun {
    private TdbLoaderRun() {}

    /** Loads {@code file} into a new database in {@code dir} and returns the wall-clock seconds of the whole run. */
    public static double seconds(Path file, Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "tdb2.tdbloader",
                "--loader=parallel", "--loc", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IOException("tdb2.tdbloader exited with " + code);
        return secs;
    }
}
