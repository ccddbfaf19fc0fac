package tr.destek.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field's error is written once: every template shows it through
 * {@code fragments/forms :: fieldError} (or {@code groupError}, {@code choiceError}, or a
 * field fragment that uses them), so its markup, id and {@code aria-describedby} target
 * are the same on every page. Only {@code fragments/forms.html} holds a
 * {@code th:errors}.
 */
class FieldErrorsThroughFragmentsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path FORM_FRAGMENTS = TEMPLATES.resolve("fragments/forms.html");

	@Test
	void noTemplateWritesAFieldErrorByHand() throws IOException {
		List<String> byHand = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				if (file.equals(FORM_FRAGMENTS)) {
					continue;
				}
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).contains("th:errors")) {
						byHand.add(TEMPLATES.relativize(file) + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(byHand).as("hand-written th:errors (use fragments/forms :: fieldError)").isEmpty();
	}

	@Test
	void theFormFragmentsHoldTheFieldErrors() throws IOException {
		String fragments = Files.readString(FORM_FRAGMENTS, StandardCharsets.UTF_8);
		assertThat(fragments).contains("th:fragment=\"fieldError(field, id)\"", "th:fragment=\"groupError(field, id)\"",
				"th:fragment=\"choiceError(field, id)\"");
	}

}
