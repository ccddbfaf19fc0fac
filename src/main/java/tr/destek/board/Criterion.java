package tr.destek.board;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One criterion of the Kurul Değerlendirme Kriterleri (TAB.34.00.02), in a versioned set;
 * scored 1 to 5 by each member (MADDE 10(2), 12(6),(7)).
 */
@Entity
@Table(name = "board_criterion")
public class Criterion {

	/** The lowest and highest score of a criterion. */
	public static final int MIN_SCORE = 1;

	public static final int MAX_SCORE = 5;

	@Id
	private Long id;

	@Column(name = "set_version", nullable = false)
	private String setVersion;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private int position;

	@Column(name = "name_tr", nullable = false)
	private String nameTr;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "description_tr", nullable = false)
	private String descriptionTr;

	@Column(name = "description_en", nullable = false)
	private String descriptionEn;

	protected Criterion() {
	}

	public String getSetVersion() {
		return this.setVersion;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public String getCode() {
		return this.code;
	}

	public int getPosition() {
		return this.position;
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTr;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionTr;
	}

}
