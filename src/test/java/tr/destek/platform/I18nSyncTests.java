package tr.destek.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text is in Turkish and English: each bundle's Turkish and English files have the
 * same keys, every static {@code #{key}} a template uses exists, and templates hold no
 * hard-coded text (text nodes must be replaced by {@code th:text} and friends).
 */
class I18nSyncTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** Words that are the same in both languages (product name, language names). */
	static final Set<String> LANGUAGE_NEUTRAL = Set.of("Destek", "English", "Türkçe", "TL", "%", "—", "·", "/", "#",
			":", "*");

	@Test
	void everyBundleHasTheSameKeysInTurkishAndEnglish() throws IOException {
		List<Path> turkish = bundles();
		assertThat(turkish).isNotEmpty();
		for (Path tr : turkish) {
			Path en = tr.resolveSibling(tr.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("English file for " + tr).exists();
			Set<String> trKeys = keys(tr);
			Set<String> enKeys = keys(en);
			assertThat(difference(trKeys, enKeys)).as("keys in " + tr + " missing from " + en).isEmpty();
			assertThat(difference(enKeys, trKeys)).as("keys in " + en + " missing from " + tr).isEmpty();
		}
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Set<String> all = new TreeSet<>();
		for (Path bundle : bundles()) {
			all.addAll(keys(bundle));
		}
		Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = key.matcher(Files.readString(template));
			while (m.find()) {
				if (!all.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			offences.addAll(hardCodedText(TEMPLATES.relativize(template).toString(), Files.readString(template)));
		}
		assertThat(offences).as("hard-coded text in templates (use th:text=\"#{...}\")").isEmpty();
	}

	/**
	 * Text nodes whose enclosing element does not replace them with th:text/th:utext/etc.
	 */
	static List<String> hardCodedText(String name, String html) {
		String cleaned = html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "")
			.replaceAll("(?s)<script.*?</script>", "")
			.replaceAll("(?s)<style.*?</style>", "")
			.replaceAll("(?s)<title.*?</title>", "");
		List<String> offences = new ArrayList<>();
		Pattern token = Pattern.compile("(?s)<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|([^<]+)");
		Matcher m = token.matcher(cleaned);
		java.util.Deque<Boolean> replaced = new java.util.ArrayDeque<>();
		Set<String> voidElements = Set.of("input", "br", "hr", "img", "meta", "link", "col", "source", "area");
		while (m.find()) {
			if (m.group(2) != null) {
				String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
				String attributes = m.group(3);
				boolean selfClosing = attributes.endsWith("/") || voidElements.contains(tag);
				if (m.group(1).isEmpty()) {
					if (selfClosing) {
						continue;
					}
					boolean parentReplaced = !replaced.isEmpty() && replaced.peek();
					boolean replaces = attributes.matches("(?s).*\\b(th:text|th:utext|th:errors|th:replace|th:insert|"
							+ "sec:authentication|th:remove|layout:fragment=\"content\"\\s*th:remove)\\b.*");
					replaced.push(parentReplaced || replaces);
				}
				else if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}
			else {
				String text = m.group(4).trim();
				boolean inside = !replaced.isEmpty() && replaced.peek();
				if (!text.isEmpty() && !inside && text.codePoints().anyMatch(Character::isLetter)
						&& !LANGUAGE_NEUTRAL.contains(text) && !text.startsWith("<!DOCTYPE")) {
					offences.add(name + ": \"" + text + "\"");
				}
			}
		}
		return offences;
	}

	@Test
	void detectorFindsHardCodedText() {
		assertThat(hardCodedText("t", "<div><p>Merhaba</p><p th:text=\"#{a}\">x</p></div>"))
			.containsExactly("t: \"Merhaba\"");
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".properties"))
				.filter(p -> !p.getFileName().toString().contains("_"))
				.filter(p -> !p.getFileName().toString().startsWith("application"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
