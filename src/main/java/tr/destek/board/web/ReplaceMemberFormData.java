package tr.destek.board.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Replacing a member on his seat, with the reason that is recorded. */
public class ReplaceMemberFormData {

	@NotNull(message = "{board.required}")
	private Long seatId;

	@NotBlank(message = "{board.required}")
	@Email(message = "{board.email}")
	private String email;

	@NotBlank(message = "{board.required}")
	@Size(max = 1000, message = "{board.too-long}")
	private String reason;

	public Long getSeatId() {
		return this.seatId;
	}

	public void setSeatId(Long seatId) {
		this.seatId = seatId;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
