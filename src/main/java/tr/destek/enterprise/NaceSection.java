package tr.destek.enterprise;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A NACE Rev.2 section A–U; reference data from V7. */
@Entity
@Immutable
@Table(name = "nace_section")
public class NaceSection {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 1)
	private String code;

	@Column(name = "name_tr", nullable = false)
	private String nameTr;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	protected NaceSection() {
	}

	public String getCode() {
		return this.code;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTr;
	}

}
