package tr.destek.monitoring;

import java.time.LocalDate;

/**
 * What the responsible staff record on the Destek Sonrası İzleme Formu FRM.34.00.11
 * (MADDE 17(1)): the visit date, whether the supported assets are in use, the number of
 * employees, the digital maturity level seen and the findings.
 */
public record VisitRecord(LocalDate visitDate, boolean assetsInUse, int employees, String maturityLevel,
		String findings) {

}
