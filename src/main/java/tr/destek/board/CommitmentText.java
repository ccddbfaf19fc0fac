package tr.destek.board;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of the Gizlilik ve Tarafsızlık Taahhütnamesi (FRM.34.00.04), kept as data: a
 * member signs the version in force when he signs (MADDE 12(11), 18(10)).
 */
@Entity
@Table(name = "board_commitment_text")
public class CommitmentText {

	@Id
	private String version;

	@Column(name = "form_code", nullable = false)
	private String formCode;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "text_tr", nullable = false)
	private String textTr;

	@Column(name = "text_en", nullable = false)
	private String textEn;

	protected CommitmentText() {
	}

	public String getVersion() {
		return this.version;
	}

	public String getFormCode() {
		return this.formCode;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	/** The text in the reader's language (Turkish unless English is chosen). */
	public String text(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.textEn : this.textTr;
	}

}
