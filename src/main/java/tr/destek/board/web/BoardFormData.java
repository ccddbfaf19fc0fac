package tr.destek.board.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.board.BoardKind;

/** A new decision body and its three members, named by e-mail (MADDE 11(1)). */
public class BoardFormData {

	@NotBlank(message = "{board.required}")
	@Size(max = 200, message = "{board.too-long}")
	private String name;

	@NotNull(message = "{board.required}")
	private BoardKind kind = BoardKind.BOARD;

	@NotBlank(message = "{board.required}")
	@Email(message = "{board.email}")
	private String chairEmail;

	@NotBlank(message = "{board.required}")
	@Email(message = "{board.email}")
	private String firstMemberEmail;

	@NotBlank(message = "{board.required}")
	@Email(message = "{board.email}")
	private String secondMemberEmail;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public BoardKind getKind() {
		return this.kind;
	}

	public void setKind(BoardKind kind) {
		this.kind = kind;
	}

	public String getChairEmail() {
		return this.chairEmail;
	}

	public void setChairEmail(String chairEmail) {
		this.chairEmail = chairEmail;
	}

	public String getFirstMemberEmail() {
		return this.firstMemberEmail;
	}

	public void setFirstMemberEmail(String firstMemberEmail) {
		this.firstMemberEmail = firstMemberEmail;
	}

	public String getSecondMemberEmail() {
		return this.secondMemberEmail;
	}

	public void setSecondMemberEmail(String secondMemberEmail) {
		this.secondMemberEmail = secondMemberEmail;
	}

}
