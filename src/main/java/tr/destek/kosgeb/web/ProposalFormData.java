package tr.destek.kosgeb.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.kosgeb.ApplicationPart;
import tr.destek.kosgeb.ControlProposal;

/**
 * The responsible staff member's proposal (MADDE 9(2),(3)): approve for the board, reject
 * with reasons, or open for correction with the parts and what to fix.
 */
public class ProposalFormData {

	@NotNull
	private ControlProposal proposal;

	@Size(max = 4000)
	private String note;

	private Set<ApplicationPart> parts = EnumSet.noneOf(ApplicationPart.class);

	private long version;

	public ControlProposal getProposal() {
		return this.proposal;
	}

	public void setProposal(ControlProposal proposal) {
		this.proposal = proposal;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Set<ApplicationPart> getParts() {
		return this.parts;
	}

	public void setParts(Set<ApplicationPart> parts) {
		this.parts = (parts != null) ? parts : EnumSet.noneOf(ApplicationPart.class);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
