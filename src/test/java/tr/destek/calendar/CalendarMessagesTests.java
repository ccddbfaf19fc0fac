package tr.destek.calendar;

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
 * Every calendar text exists in Turkish and English, and every key a template uses
 * exists.
 */
class CalendarMessagesTests {

	@Test
	void turkishAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties turkish = load("/i18n/calendar.properties");
		Properties english = load("/i18n/calendar_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(turkish.stringPropertyNames());
		assertThat(turkish.stringPropertyNames()).allMatch(key -> key.startsWith("calendar."));
	}

	@Test
	void everyReasonKeyTheServiceCanProduceExists() throws IOException {
		Properties turkish = load("/i18n/calendar.properties");
		for (PeriodUnit unit : PeriodUnit.values()) {
			assertThat(turkish).containsKey("calendar.reason.count." + unit).containsKey("calendar.unit." + unit);
			if (unit != PeriodUnit.DAYS) {
				assertThat(turkish).containsKey("calendar.reason.count." + unit + ".clamped");
			}
		}
		for (Delivery delivery : Delivery.values()) {
			for (String kind : new String[] { "regular", "holiday", "weekend" }) {
				assertThat(turkish).containsKey("calendar.reason.end." + kind + "." + delivery);
			}
		}
		for (SlaStatus status : SlaStatus.values()) {
			assertThat(turkish).containsKey("calendar.sla." + status);
		}
	}

	@Test
	void templatesUseOnlyExistingKeys() throws IOException {
		Properties turkish = load("/i18n/calendar.properties");
		Pattern key = Pattern.compile("#\\{(calendar\\.[A-Za-z0-9.\\-]+)");
		Set<String> used = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates/calendar"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				Matcher matcher = key.matcher(html);
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
				assertThat(html).doesNotContain("style=").doesNotContain("<script");
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(turkish.stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = CalendarMessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
