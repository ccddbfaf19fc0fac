package tr.destek.payment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A Tespit Tutanağı: the visit date and, per approved item, brand, model, serial number,
 * whether it meets the minimum technical specification, a note and photos (MADDE
 * 15(3),(4)).
 */
public class InspectionFormData {

	@NotNull
	private LocalDate visitDate;

	@Valid
	private List<Line> lines = new ArrayList<>();

	public LocalDate getVisitDate() {
		return this.visitDate;
	}

	public void setVisitDate(LocalDate visitDate) {
		this.visitDate = visitDate;
	}

	public List<Line> getLines() {
		return this.lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	public static class Line {

		@NotNull
		private Long expenseItemId;

		private String description;

		@NotBlank
		@Size(max = 200)
		private String brand;

		@NotBlank
		@Size(max = 200)
		private String model;

		@NotBlank
		@Size(max = 200)
		private String serialNumber;

		@NotNull
		private Boolean meetsSpec;

		@Size(max = 2000)
		private String note;

		private List<MultipartFile> photos = new ArrayList<>();

		/** Photos kept after a validation error, used on the next submit (issue #10). */
		private List<Long> keptPhotoIds = new ArrayList<>();

		public Line() {
		}

		Line(Long expenseItemId, String description) {
			this.expenseItemId = expenseItemId;
			this.description = description;
		}

		public Long getExpenseItemId() {
			return this.expenseItemId;
		}

		public void setExpenseItemId(Long expenseItemId) {
			this.expenseItemId = expenseItemId;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getBrand() {
			return this.brand;
		}

		public void setBrand(String brand) {
			this.brand = brand;
		}

		public String getModel() {
			return this.model;
		}

		public void setModel(String model) {
			this.model = model;
		}

		public String getSerialNumber() {
			return this.serialNumber;
		}

		public void setSerialNumber(String serialNumber) {
			this.serialNumber = serialNumber;
		}

		public Boolean getMeetsSpec() {
			return this.meetsSpec;
		}

		public void setMeetsSpec(Boolean meetsSpec) {
			this.meetsSpec = meetsSpec;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public List<Long> getKeptPhotoIds() {
			return this.keptPhotoIds;
		}

		public void setKeptPhotoIds(List<Long> keptPhotoIds) {
			this.keptPhotoIds = keptPhotoIds;
		}

		public List<MultipartFile> getPhotos() {
			return this.photos;
		}

		public void setPhotos(List<MultipartFile> photos) {
			this.photos = photos;
		}

	}

}
