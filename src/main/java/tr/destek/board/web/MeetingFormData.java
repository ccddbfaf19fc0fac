package tr.destek.board.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import tr.destek.board.MeetingFormat;

/**
 * A meeting to schedule: physical with a place or electronic with a link (MADDE 12(1)).
 */
public class MeetingFormData {

	@NotNull(message = "{board.required}")
	private MeetingFormat format = MeetingFormat.ELECTRONIC;

	@Size(max = 300, message = "{board.too-long}")
	private String place;

	@Size(max = 500, message = "{board.too-long}")
	private String link;

	@NotNull(message = "{board.required}")
	private LocalDate date;

	@NotNull(message = "{board.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time;

	public MeetingFormat getFormat() {
		return this.format;
	}

	public void setFormat(MeetingFormat format) {
		this.format = format;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

}
