package org.khabar.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.khabar.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khabar} command: news articles in, a knowledge graph out. */
@Command(name = "khabar", mixinStandardHelpOptions = true, version = "khabar 0.1.0",
        description = "Builds a knowledge graph of actors, statements, meetings and events from Arabic and English news.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, ValidateCommand.class, EvalCommand.class, DemoCommand.class, TrainNerCommand.class, TrainSentencesCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Khabar implements Runnable {
    /** Exit codes of the contract. */
    static final int OK = 0, SOME_FAILED = 1, USAGE = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        // Arabic must reach the terminal as UTF-8 whatever the platform default
        System.setOut(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this in-process). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Khabar());
        cl.setOut(new java.io.PrintWriter(System.out, true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof IllegalArgumentException) {
                line.getErr().println("khabar: " + ex.getMessage());
                return USAGE;
            }
            if (ex instanceof StoreLockedException || ex instanceof UserError) {
                line.getErr().println("khabar: " + ex.getMessage());
                return SOME_FAILED;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /** An error the user can act on; printed without a stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) { super(message); }
    }
}
