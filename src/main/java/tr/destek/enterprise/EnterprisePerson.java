package tr.destek.enterprise;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import tr.destek.platform.Identifiers;

/**
 * A person the enterprise declared (owner, partner, employee or relative), identified by
 * TCKN for the conflict rules of KOSGEB UE MADDE 18(9) and 18(10); part of the
 * {@link Enterprise}.
 */
@Entity
@Table(name = "enterprise_person")
public class EnterprisePerson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "enterprise_id")
	private Enterprise enterprise;

	@Column(nullable = false, length = 11)
	private String tckn;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PersonRelation relation;

	@Column(name = "share_percent", precision = 5, scale = 2)
	private BigDecimal sharePercent;

	@Column(name = "related_tax_number", length = 11)
	private String relatedTaxNumber;

	protected EnterprisePerson() {
	}

	EnterprisePerson(Enterprise enterprise, TaxNumber tckn, String fullName, PersonRelation relation,
			BigDecimal sharePercent, TaxNumber relatedTaxNumber) {
		this.enterprise = enterprise;
		this.tckn = tckn.value();
		this.fullName = fullName;
		this.relation = relation;
		this.sharePercent = sharePercent;
		this.relatedTaxNumber = (relatedTaxNumber != null) ? relatedTaxNumber.value() : null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEnterpriseId() {
		return this.enterprise.getId();
	}

	public String getTckn() {
		return this.tckn;
	}

	public String getFullName() {
		return this.fullName;
	}

	public PersonRelation getRelation() {
		return this.relation;
	}

	public BigDecimal getSharePercent() {
		return this.sharePercent;
	}

	public String getRelatedTaxNumber() {
		return this.relatedTaxNumber;
	}

	String describe() {
		// KVKK: the audit names the person by a masked TCKN (Identifiers.mask)
		return "tckn=" + Identifiers.mask(this.tckn) + ", name=" + this.fullName + ", relation=" + this.relation
				+ ", share=" + ((this.sharePercent != null) ? this.sharePercent.toPlainString() : "-") + ", related="
				+ Identifiers.mask(this.relatedTaxNumber);
	}

}
