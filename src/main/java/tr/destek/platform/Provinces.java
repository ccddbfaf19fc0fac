package tr.destek.platform;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 81 provinces of Türkiye (reference data of the {@code province} table), for any
 * module that needs to show or check a province, sorted the Turkish way.
 */
@Component
public class Provinces {

	private final JdbcTemplate jdbc;

	private volatile List<Province> all;

	Provinces(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Province> all() {
		List<Province> loaded = this.all;
		if (loaded == null) {
			Collator turkish = Collator.getInstance(Locale.forLanguageTag("tr-TR"));
			loaded = this.jdbc
				.query("select code, name from province", (rs, i) -> new Province(rs.getShort(1), rs.getString(2)))
				.stream()
				.sorted(Comparator.comparing(Province::name, turkish))
				.toList();
			this.all = loaded;
		}
		return loaded;
	}

	public Optional<Province> find(Short code) {
		return all().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	public record Province(Short code, String name) {
	}

}
