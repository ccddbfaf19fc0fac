/**
 * Monitoring, closure and termination of KOSGEB SME Digital Transformation programmes
 * (Uygulama Esasları UE-34.00/03 MADDE 17, 18): the programme period and its outcome, the
 * post-programme maturity report with its reminder, notice and extra period (MADDE
 * 17(2)), the sampled post-support monitoring visit with the Destek Sonrası İzleme Formu
 * FRM.34.00.11 (MADDE 17(1)), and termination by board decision with the refund of the
 * interest support plus legal interest (MADDE 17(5),(6), 18(1),(6)). Other modules ask
 * {@link tr.destek.monitoring.MonitoringService#paymentsStopped(Long)} before paying.
 */
package tr.destek.monitoring;
