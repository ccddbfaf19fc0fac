package tr.destek.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One of the 81 provinces of Türkiye, by its plate code (01 Adana … 81 Düzce). */
@Entity
@Immutable
@Table(name = "province")
public class Province {

	@Id
	private Short code;

	@Column(nullable = false)
	private String name;

	protected Province() {
	}

	public Short getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	/** The plate code with two digits, e.g. {@code 06}. */
	public String getPlate() {
		return String.format(java.util.Locale.ROOT, "%02d", this.code);
	}

}
