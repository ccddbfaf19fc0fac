package tr.destek.programme;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** What a parameter is: its scope, key, unit and description. */
@Entity
@IdClass(ParameterDefinition.Id.class)
@Table(name = "parameter_definition")
public class ParameterDefinition {

	@jakarta.persistence.Id
	private String scope;

	@jakarta.persistence.Id
	@Column(name = "param_key")
	private String key;

	@Column(nullable = false)
	private String unit;

	@Column(name = "description_tr", nullable = false)
	private String descriptionTr;

	@Column(name = "description_en", nullable = false)
	private String descriptionEn;

	protected ParameterDefinition() {
	}

	public String getScope() {
		return this.scope;
	}

	public String getKey() {
		return this.key;
	}

	public String getUnit() {
		return this.unit;
	}

	/** The unit as one of the fixed set. */
	public ParameterUnit parameterUnit() {
		return ParameterUnit.of(this.unit);
	}

	public String getDescriptionTr() {
		return this.descriptionTr;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public String description(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionTr;
	}

	/** Composite key (scope, key). */
	public static class Id implements Serializable {

		private String scope;

		private String key;

		public Id() {
		}

		public Id(String scope, String key) {
			this.scope = scope;
			this.key = key;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Id other && Objects.equals(this.scope, other.scope)
					&& Objects.equals(this.key, other.key);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.scope, this.key);
		}

	}

}
