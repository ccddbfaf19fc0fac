package tr.destek.board.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A member's TCKN, for conflict detection (MADDE 18(10)). */
public class TcknFormData {

	@NotNull(message = "{board.required}")
	private Long userId;

	@NotNull(message = "{board.required}")
	@Pattern(regexp = "\\s*[1-9][0-9]{10}\\s*", message = "{board.tckn.format}")
	private String tckn;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getTckn() {
		return this.tckn;
	}

	public void setTckn(String tckn) {
		this.tckn = tckn;
	}

}
