package tr.destek.enterprise.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tr.destek.enterprise.PersonDeclaration;
import tr.destek.enterprise.PersonRelation;

/**
 * A person to declare: owner, partner, employee or relative (KOSGEB UE MADDE 18(9),(10)).
 */
public class PersonFormData {

	@NotBlank(message = "{enterprise.required}")
	private String tckn;

	@NotBlank(message = "{enterprise.required}")
	@Size(max = 200, message = "{enterprise.length.max}")
	private String fullName;

	@NotNull(message = "{enterprise.required}")
	private PersonRelation relation;

	@DecimalMin(value = "0", message = "{enterprise.percent.range}")
	@DecimalMax(value = "100", message = "{enterprise.percent.range}")
	private BigDecimal sharePercent;

	private String relatedTaxNumber;

	PersonDeclaration toDeclaration() {
		return new PersonDeclaration(this.tckn, this.fullName, this.relation, this.sharePercent,
				(this.relatedTaxNumber == null || this.relatedTaxNumber.isBlank()) ? null : this.relatedTaxNumber);
	}

	public String getTckn() {
		return this.tckn;
	}

	public void setTckn(String tckn) {
		this.tckn = tckn;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public PersonRelation getRelation() {
		return this.relation;
	}

	public void setRelation(PersonRelation relation) {
		this.relation = relation;
	}

	public BigDecimal getSharePercent() {
		return this.sharePercent;
	}

	public void setSharePercent(BigDecimal sharePercent) {
		this.sharePercent = sharePercent;
	}

	public String getRelatedTaxNumber() {
		return this.relatedTaxNumber;
	}

	public void setRelatedTaxNumber(String relatedTaxNumber) {
		this.relatedTaxNumber = relatedTaxNumber;
	}

}
