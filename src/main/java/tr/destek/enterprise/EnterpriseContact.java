package tr.destek.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the enterprise is and how it is reached: its province (which decides the KOSGEB
 * province unit), its address and its KEP / e-Tebligat address.
 */
@Embeddable
class EnterpriseContact {

	@Column(name = "province_code", nullable = false)
	private Short provinceCode;

	@Column(length = 500)
	private String address;

	@Column(name = "e_tebligat_address", length = 254)
	private String etebligatAddress;

	protected EnterpriseContact() {
	}

	EnterpriseContact(Province province, String address, String etebligatAddress) {
		this.provinceCode = province.getCode();
		this.address = Enterprise.blankToNull(address);
		this.etebligatAddress = Enterprise.blankToNull(etebligatAddress);
	}

	Short provinceCode() {
		return this.provinceCode;
	}

	String address() {
		return this.address;
	}

	String etebligatAddress() {
		return this.etebligatAddress;
	}

}
