package tr.destek.enterprise;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A NACE Rev.2 division (two digits) and its section; reference data from V7. */
@Entity
@Immutable
@Table(name = "nace_division")
public class NaceDivision {

	@Id
	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 2)
	private String code;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, length = 1)
	private String section;

	@Column(name = "name_tr", nullable = false)
	private String nameTr;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	protected NaceDivision() {
	}

	public String getCode() {
		return this.code;
	}

	public String getSection() {
		return this.section;
	}

	public String getNameTr() {
		return this.nameTr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTr;
	}

}
