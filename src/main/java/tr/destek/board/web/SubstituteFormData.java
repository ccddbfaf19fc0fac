package tr.destek.board.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A substitute member for one item in place of a conflicted member (MADDE 18(10)). */
public class SubstituteFormData {

	@NotNull(message = "{board.required}")
	private Long itemId;

	@NotNull(message = "{board.required}")
	private Long replacedUserId;

	@NotBlank(message = "{board.required}")
	@Email(message = "{board.email}")
	private String email;

	@NotBlank(message = "{board.required}")
	@Size(max = 1000, message = "{board.too-long}")
	private String reason;

	public Long getItemId() {
		return this.itemId;
	}

	public void setItemId(Long itemId) {
		this.itemId = itemId;
	}

	public Long getReplacedUserId() {
		return this.replacedUserId;
	}

	public void setReplacedUserId(Long replacedUserId) {
		this.replacedUserId = replacedUserId;
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
