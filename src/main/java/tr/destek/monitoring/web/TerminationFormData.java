package tr.destek.monitoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import tr.destek.monitoring.ExcusingCause;
import tr.destek.monitoring.TerminationCause;
import tr.destek.monitoring.TerminationRecord;

/** The board's termination decision as the secretariat enters it (MADDE 17(5),(6)). */
class TerminationFormData {

	@NotNull(message = "{monitoring.termination.cause.required}")
	private TerminationCause cause;

	@Size(max = 1000, message = "{monitoring.termination.note.size}")
	private String causeNote;

	@NotBlank(message = "{monitoring.termination.reference.required}")
	@Size(max = 60, message = "{monitoring.termination.reference.size}")
	private String decisionReference;

	@NotNull(message = "{monitoring.termination.date.required}")
	@PastOrPresent(message = "{monitoring.error.termination.future}")
	private LocalDate decisionDate;

	@NotNull(message = "{monitoring.termination.excused.required}")
	private Boolean excused;

	private ExcusingCause excusingCause;

	@Size(max = 1000, message = "{monitoring.termination.note.size}")
	private String excusingNote;

	TerminationRecord toRecord() {
		return new TerminationRecord(this.cause, this.causeNote, this.decisionReference, this.decisionDate,
				Boolean.TRUE.equals(this.excused) ? this.excusingCause : null, this.excusingNote);
	}

	public TerminationCause getCause() {
		return this.cause;
	}

	public void setCause(TerminationCause cause) {
		this.cause = cause;
	}

	public String getCauseNote() {
		return this.causeNote;
	}

	public void setCauseNote(String causeNote) {
		this.causeNote = causeNote;
	}

	public String getDecisionReference() {
		return this.decisionReference;
	}

	public void setDecisionReference(String decisionReference) {
		this.decisionReference = decisionReference;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public Boolean getExcused() {
		return this.excused;
	}

	public void setExcused(Boolean excused) {
		this.excused = excused;
	}

	public ExcusingCause getExcusingCause() {
		return this.excusingCause;
	}

	public void setExcusingCause(ExcusingCause excusingCause) {
		this.excusingCause = excusingCause;
	}

	public String getExcusingNote() {
		return this.excusingNote;
	}

	public void setExcusingNote(String excusingNote) {
		this.excusingNote = excusingNote;
	}

}
