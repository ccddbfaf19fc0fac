package tr.destek.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.LongStream;

import org.springframework.context.ApplicationContext;

import tr.destek.identity.DestekUser;
import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * Test data for other packages: a monitoring case drawn for a visit (MADDE 17(1)) with a
 * recorded seed that selects it at the programme's sampling rate, and the visit the
 * responsible staff record on FRM.34.00.11. The case must be due for the draw (programme
 * ended, one year after the last maturity).
 */
public final class MonitoringVisits {

	private final PostSupportMonitoring postSupport;

	private final ProgrammeParameters parameters;

	public MonitoringVisits(ApplicationContext context) {
		this.postSupport = context.getBean(PostSupportMonitoring.class);
		this.parameters = context.getBean(ProgrammeParameters.class);
	}

	/**
	 * Draws the case with a seed that selects it and records a visit as {@code staff}.
	 */
	public Visit sampledAndVisited(Long caseId, DestekUser staff) {
		LocalDate today = LocalDate.now(DestekTime.ZONE);
		BigDecimal rate = this.parameters.decimal(ParameterScope.KOSGEB_DT, "monitoring.sampling-rate", today);
		long seed = LongStream.iterate(1, s -> s + 1)
			.filter(s -> SamplingDraw.of(s, rate).selected())
			.findFirst()
			.orElseThrow();
		Sample sample = this.postSupport.draw(caseId, seed)
			.orElseThrow(() -> new IllegalStateException("case " + caseId + " is not due for the draw"));
		if (!sample.isSelected()) {
			throw new IllegalStateException("case " + caseId + " was not selected");
		}
		return this.postSupport.recordVisit(staff, caseId,
				new VisitRecord(today.minusDays(1), true, 12, "Seviye 3", "Yerinde görüldü; varlıklar kullanımda."));
	}

}
