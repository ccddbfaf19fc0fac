package tr.destek.kosgeb.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import tr.destek.kosgeb.CheckResult;

/**
 * The Başvuru Kontrol Tablosu as the staff member fills it in (partial saves allowed).
 */
public class ChecksFormData {

	@Valid
	private List<Line> lines = new ArrayList<>();

	public List<Line> getLines() {
		return this.lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	/** One item: its code, the result (empty: not answered yet) and a note. */
	public static class Line {

		@NotBlank
		private String code;

		private CheckResult result;

		@Size(max = 2000)
		private String note;

		public Line() {
		}

		Line(String code, CheckResult result, String note) {
			this.code = code;
			this.result = result;
			this.note = note;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public CheckResult getResult() {
			return this.result;
		}

		public void setResult(CheckResult result) {
			this.result = result;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

}
