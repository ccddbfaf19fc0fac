package tr.destek.kosgeb;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A protocol bank's name for its code, for pages that hold only the code (issue 10 point
 * 13: {@code AKBANK} is shown as "Akbank T.A.Ş."). Used in templates as
 * {@code @bankNames.of(code)}; an inactive bank keeps its name.
 */
@Component("bankNames")
public class BankNames {

	private final JdbcTemplate jdbc;

	BankNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The bank's name, {@code —} when no bank is given. */
	public String of(String code) {
		if (code == null || code.isBlank()) {
			return "—";
		}
		return this.jdbc.query("select name from protocol_bank where code = ?", (rs, n) -> rs.getString(1), code)
			.stream()
			.findFirst()
			.orElse(code);
	}

}
