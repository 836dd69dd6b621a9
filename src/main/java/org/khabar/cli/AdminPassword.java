package org.khabar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The admin password: the first line of --password-file, else KHABAR_ADMIN_PASSWORD, else none. */
final class AdminPassword {
    static final String ENV = "KHABAR_ADMIN_PASSWORD";

    private AdminPassword() {}

    static String read(Path file) throws IOException {
        if (file != null) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String p = lines.isEmpty() ? "" : lines.get(0).strip();
            if (p.isEmpty()) throw new Khabar.UserError("the password file " + file + " is empty");
            return p;
        }
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? null : env;
    }
}
