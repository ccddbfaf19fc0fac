package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The sampling draw for one case (MADDE 17(1)), made once when the case became eligible:
 * one year after the last loan maturity. Immutable.
 */
@Entity
@Table(name = "monitoring_sample")
public class Sample {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "last_maturity", nullable = false, updatable = false)
	private LocalDate lastMaturity;

	@Column(name = "due_date", nullable = false, updatable = false)
	private LocalDate dueDate;

	@Column(name = "drawn_at", nullable = false, updatable = false)
	private Instant drawnAt;

	@Column(nullable = false, updatable = false)
	private long seed;

	@Column(name = "rate_percent", nullable = false, updatable = false)
	private BigDecimal ratePercent;

	@Column(nullable = false, updatable = false)
	private BigDecimal draw;

	@Column(nullable = false, updatable = false)
	private boolean selected;

	@Column(nullable = false, updatable = false)
	private String reason;

	protected Sample() {
	}

	Sample(Long caseId, LocalDate lastMaturity, LocalDate dueDate, Instant drawnAt, SamplingDraw draw) {
		this.caseId = caseId;
		this.lastMaturity = lastMaturity;
		this.dueDate = dueDate;
		this.drawnAt = drawnAt;
		this.seed = draw.seed();
		this.ratePercent = draw.ratePercent();
		this.draw = draw.draw();
		this.selected = draw.selected();
		this.reason = draw.reason();
	}

	String describe() {
		return "lastMaturity=" + this.lastMaturity + ", due=" + this.dueDate + ", " + this.reason;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public LocalDate getLastMaturity() {
		return this.lastMaturity;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Instant getDrawnAt() {
		return this.drawnAt;
	}

	public long getSeed() {
		return this.seed;
	}

	public BigDecimal getRatePercent() {
		return this.ratePercent;
	}

	public BigDecimal getDraw() {
		return this.draw;
	}

	public boolean isSelected() {
		return this.selected;
	}

	public String getReason() {
		return this.reason;
	}

}
