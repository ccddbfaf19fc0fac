package tr.destek.programme;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One version of a programme parameter, valid from a date until the next version starts.
 * Never edited or deleted (the database refuses it): a change is a new version.
 */
@Entity
@Immutable
@Table(name = "parameter_version")
public class ParameterVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String scope;

	@Column(name = "param_key", nullable = false)
	private String key;

	@Column(name = "value_text", nullable = false)
	private String value;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "source_article", nullable = false)
	private String sourceArticle;

	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected ParameterVersion() {
	}

	ParameterVersion(String scope, String key, String value, LocalDate validFrom, String sourceArticle, String note,
			Instant createdAt, String createdBy) {
		this.scope = scope;
		this.key = key;
		this.value = value;
		this.validFrom = validFrom;
		this.sourceArticle = sourceArticle;
		this.note = note;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return this.id;
	}

	public String getScope() {
		return this.scope;
	}

	public String getKey() {
		return this.key;
	}

	public String getValue() {
		return this.value;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public String getSourceArticle() {
		return this.sourceArticle;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
