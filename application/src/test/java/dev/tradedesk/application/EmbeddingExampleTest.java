package dev.tradedesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/embedding.md promises a plain-Java program that wires the services by hand: this compiles the
 * document's Java block exactly as written, runs it, and compares what it prints with the output the
 * document shows.
 */
class EmbeddingExampleTest {

    private static final Path DOC = Path.of("..", "docs", "embedding.md");

    @Test
    void the_documented_example_compiles_runs_and_prints_what_the_document_says(@TempDir Path work) throws Exception {
        List<FencedBlock> blocks = fencedBlocks(Files.readAllLines(DOC));
        String source = blocks.stream().filter(b -> b.language().equals("java")).findFirst().orElseThrow().text();
        String expectedOutput = blocks.stream().filter(b -> b.language().isEmpty()).findFirst().orElseThrow().text();

        Path file = work.resolve("EmbeddingExample.java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, null, diagnostics, "-classpath", System.getProperty("java.class.path"),
                "-d", work.toString(), file.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        String output = runMain(work);
        assertThat(output.strip()).isEqualTo(expectedOutput.strip());
    }

    private record FencedBlock(String language, String text) {
    }

    private static List<FencedBlock> fencedBlocks(List<String> lines) {
        List<FencedBlock> blocks = new ArrayList<>();
        String language = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("```")) {
                if (language == null) {
                    language = line.substring(3).strip();
                    text.setLength(0);
                } else {
                    blocks.add(new FencedBlock(language, text.toString()));
                    language = null;
                }
            } else if (language != null) {
                text.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String runMain(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EmbeddingExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
