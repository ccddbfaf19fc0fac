package tr.destek.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key of the enterprise bundle is in Turkish and English, every key the enterprise
 * templates use exists, and the templates keep to the content security policy.
 */
class EnterpriseMessagesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates/enterprise");

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = EnterpriseMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void turkishAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("enterprise_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("enterprise.properties").stringPropertyNames());
	}

	@Test
	void everyKeyTheTemplatesUseExistsAndNoInlineScriptsOrStyles() throws IOException {
		Set<String> keys = new HashSet<>(load("enterprise.properties").stringPropertyNames());
		Properties shared = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			shared.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		keys.addAll(shared.stringPropertyNames());
		Pattern used = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			for (Path file : files.toList()) {
				String html = Files.readString(file);
				Matcher matcher = used.matcher(html);
				while (matcher.find()) {
					assertThat(keys).as(file + " uses " + matcher.group(1)).contains(matcher.group(1));
				}
				assertThat(html).as(file.toString()).doesNotContain(" style=").doesNotContain(" onclick=");
				assertThat(html.replaceAll("<script[^>]*src=[^>]*></script>", "")).doesNotContain("<script");
			}
		}
	}

}
