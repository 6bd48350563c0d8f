package org.llmcostplanner.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher.sh, the installed app's launcher on Linux, run in a fake application
 * image whose "Java runtime" prints the arguments it was started with: the JVM options, class path
 * and main class from the image's .cfg file ($APPDIR expanded), then the user's arguments
 * untouched.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherScriptTest {

    private static final Path SCRIPT = Path.of("packaging", "linux", "launcher.sh");
    private static final String NAME = "llm-cost-planner";
    /** Prints each argument on a line of its own. */
    private static final String ECHO_JAVA = "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n";

    @TempDir
    Path dir;
    private Path image;
    private Path app;

    @BeforeEach
    void fakeImage() throws IOException {
        image = dir.resolve("My Apps").resolve(NAME); // a space in the path, as in a user's copy
        app = image.resolve("lib/app");
        Files.createDirectories(app);
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(SCRIPT, image.resolve("bin").resolve(NAME));
        executable(image.resolve("bin").resolve(NAME));
        Files.writeString(app.resolve(NAME + ".cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/" + NAME + ".jar",
                "app.mainclass=org.llmcostplanner.Main",
                "app.classpath=$APPDIR/jfree chart.jar",
                "",
                "[JavaOptions]",
                "java-options=-XX:SharedArchiveFile=$APPDIR/" + NAME + ".jsa",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:TieredStopAtLevel=1"), StandardCharsets.UTF_8); // no newline at the end
        fakeJava(NAME);
    }

    @Test
    void startsTheRuntimeWithTheCfgOptionsClassPathAndMainClassThenTheArguments() throws Exception {
        Path launcher = image.resolve("bin").resolve(NAME);
        List<String> args = run(launcher, "report", "/tmp/a scenario's file.json", "--volume", "");

        assertEquals(List.of(
                "-XX:SharedArchiveFile=" + app + "/" + NAME + ".jsa",
                "-Djpackage.app-version=0.1.0",
                "-XX:TieredStopAtLevel=1",
                "-Djpackage.app-path=" + launcher,
                "-cp", app + "/" + NAME + ".jar:" + app + "/jfree chart.jar",
                "org.llmcostplanner.Main",
                "report", "/tmp/a scenario's file.json", "--volume", ""), args);
    }

    @Test
    void aSymlinkToTheLauncherFindsTheImageItPointsInto() throws Exception {
        Path link = dir.resolve(NAME);
        Files.createSymbolicLink(link, image.resolve("bin").resolve(NAME));

        List<String> args = run(link, "--version");

        assertTrue(args.contains("-cp"), args.toString());
        assertEquals(app + "/" + NAME + ".jar:" + app + "/jfree chart.jar", args.get(args.indexOf("-cp") + 1));
        assertEquals("--version", args.get(args.size() - 1));
    }

    @Test
    void usesTheRuntimesJavaWhenThereIsNoCopyUnderTheAppsName() throws Exception {
        Files.delete(image.resolve("lib/runtime/bin").resolve(NAME));
        fakeJava("java");

        List<String> args = run(image.resolve("bin").resolve(NAME), "--version");

        assertEquals("org.llmcostplanner.Main", args.get(args.size() - 2));
    }

    @Test
    void aMissingCfgIsAnErrorNamingTheFile() throws Exception {
        Files.delete(app.resolve(NAME + ".cfg"));

        Process p = new ProcessBuilder(image.resolve("bin").resolve(NAME).toString()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertTrue(err.contains(app.resolve(NAME + ".cfg").toString()), err);
    }

    private void fakeJava(String fileName) throws IOException {
        Path java = image.resolve("lib/runtime/bin").resolve(fileName);
        Files.writeString(java, ECHO_JAVA, StandardCharsets.UTF_8);
        executable(java);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static List<String> run(Path launcher, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList(); // one argument per line, a trailing empty one included
    }
}
