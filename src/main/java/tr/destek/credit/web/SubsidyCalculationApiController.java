package tr.destek.credit.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tr.destek.credit.InterestSubsidyService;

/**
 * Public (no login): the KOSGEB interest subsidy schedule of KOSGEB UE-34.00/03 MADDE
 * 15(4) for a loan, so that an SME can see its subsidy before applying.
 */
@RestController
@Tag(name = "Calculations")
class SubsidyCalculationApiController {

	private final InterestSubsidyService subsidies;

	SubsidyCalculationApiController(InterestSubsidyService subsidies) {
		this.subsidies = subsidies;
	}

	@GetMapping("/api/v1/calculations/kosgeb-subsidy")
	@Operation(summary = "KOSGEB Digital Transformation interest subsidy schedule",
			description = "Quarterly schedule of the interest subsidy (KOSGEB UE-34.00/03 MADDE 15(4), text in force "
					+ "since 29/11/2024): the interest of the loan at the support rate, grace quarters interest-only, "
					+ "then equal installments every 3 months (MADDE 6(6)); amounts rounded HALF_UP to the kuruş, the "
					+ "last quarter closes the balance. Money is a JSON number with two decimals. Loans disbursed "
					+ "before 29/11/2024 use the former formula (support points × interest paid / bank rate) and are "
					+ "answered with 400.")
	@ApiResponse(responseCode = "200", description = "The schedule")
	@ApiResponse(responseCode = "400", description = "{\"errors\":[{\"field\":...,\"message\":...}]} naming the "
			+ "field and the limit it breaks")
	SubsidyScheduleResponse subsidy(
			@Parameter(description = "Loan amount in TL, 1000000–20000000 (MADDE 6(2))",
					example = "10000000") @RequestParam BigDecimal loanAmount,
			@Parameter(description = "Term in months: a multiple of 3, at most 36 (MADDE 6(2), 6(6))",
					example = "36") @RequestParam int termMonths,
			@Parameter(description = "Grace months (principal-free, within the term): 0, 3 or 6 (MADDE 6(6))",
					example = "6") @RequestParam int graceMonths,
			@Parameter(
					description = "Support points (destek puanı), % a year; when omitted, the version in force "
							+ "on the disbursement date (MADDE 6(3))",
					example = "20") @RequestParam(required = false) BigDecimal supportPoints,
			@Parameter(description = "Disbursement date (ISO, YYYY-MM-DD); quarter k is due 3·k months later",
					example = "2025-01-31") @RequestParam @DateTimeFormat(
							iso = DateTimeFormat.ISO.DATE) LocalDate disbursementDate) {
		return SubsidyScheduleResponse
			.of(this.subsidies.schedule(loanAmount, disbursementDate, termMonths, graceMonths, supportPoints, null));
	}

}
