package tr.destek.loan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import tr.destek.credit.SubsidyQuarter;
import tr.destek.document.DocumentRef;
import tr.destek.loan.AcceptedApplication;
import tr.destek.loan.ApprovedItem;
import tr.destek.loan.Loan;
import tr.destek.loan.LoanItem;

/** The JSON shapes of the bank API. Money is a JSON number in TL with two decimals. */
final class BankApiModels {

	private BankApiModels() {
	}

	@Schema(description = "An application the board accepted whose preferred bank is the caller's bank")
	record ApplicationJson(Long applicationId, String reference, String enterpriseTitle, String enterpriseTaxNumber,
			String decisionRegistryNumber, LocalDate decisionRegistryDate,
			@Schema(description = "Support base: the loan ceiling of all the application's loans (MADDE 14(2))",
					example = "15000000.00") BigDecimal supportBase,
			@Schema(description = "First day of the programme period (MADDE 6(5))") LocalDate programmeStart,
			@Schema(description = "Last day of the programme period (MADDE 6(1))") LocalDate programmeEnd,
			@Schema(description = "Approved expense items; empty in lists") List<ItemJson> items) {

		static ApplicationJson of(AcceptedApplication a) {
			return new ApplicationJson(a.applicationId(), a.reference(), a.enterpriseTitle(), a.enterpriseTaxNumber(),
					a.registryNumber(), a.registryDate(), money(a.supportBase()), a.programmeStart(), a.programmeEnd(),
					a.items().stream().map(ItemJson::of).toList());
		}

	}

	@Schema(description = "An approved expense item with the amount the board accepted")
	record ItemJson(Long expenseItemId, int position, String description, BigDecimal requested, BigDecimal accepted,
			@Schema(description = "Already financed by loans of this application") BigDecimal financed) {

		static ItemJson of(ApprovedItem i) {
			return new ItemJson(i.expenseItemId(), i.position(), i.description(), money(i.requested()),
					money(i.accepted()), money(i.financed()));
		}

	}

	@Schema(description = "Creates the enterprise's loan application at the bank (MADDE 14(3)(a))")
	record LoanApplicationRequest(@Schema(description = "The bank's own reference, optional, at most 60 characters",
			example = "KR-2026-00042") String bankReference) {
	}

	@Schema(description = "The allocation (MADDE 14(3)(b)); sent again after a return to correct it (14(3)(ç))")
	record AllocationRequest(@Schema(example = "10000000.00") BigDecimal amount,
			@Schema(description = "TRY only (MADDE 15(13))", example = "TRY") String currency,
			@Schema(description = "The approved items financed and the part of the amount for each; "
					+ "the parts add up to the amount") List<FinancedItemRequest> items) {
	}

	record FinancedItemRequest(Long expenseItemId, @Schema(example = "8000000.00") BigDecimal amount) {
	}

	@Schema(description = "The disbursement (MADDE 14(3)(d))")
	record DisbursementRequest(
			@Schema(description = "At most the approved allocation; 1000000–20000000 (MADDE 6(2))",
					example = "10000000.00") BigDecimal amount,
			@Schema(description = "TRY only (MADDE 15(13))", example = "TRY") String currency,
			@Schema(description = "Within the programme period and not in the future (MADDE 6(5))",
					example = "2026-11-02") LocalDate disbursementDate,
			@Schema(description = "A multiple of 3, at most 36 (MADDE 6(2), 6(6))", example = "36") Integer termMonths,
			@Schema(description = "0, 3 or 6, shorter than the term (MADDE 6(6))", example = "6") Integer graceMonths,
			@Schema(description = "The bank's annual interest rate in %", example = "45.00") BigDecimal annualRate) {
	}

	@Schema(description = "A loan of the caller's bank")
	record LoanJson(Long loanId, Long applicationId, String status, String bankReference, BigDecimal allocatedAmount,
			Integer allocationRound, String returnReasons, BigDecimal disbursedAmount, LocalDate disbursementDate,
			Integer termMonths, Integer graceMonths, BigDecimal annualRate, BigDecimal supportPoints,
			BigDecimal totalSubsidy, long version, List<FinancedItemJson> items, List<QuarterJson> schedule) {

		static LoanJson of(Loan l) {
			return new LoanJson(l.getId(), l.getApplicationId(), l.getStatus().name(), l.getBankReference(),
					money(l.getAllocatedAmount()), l.getAllocationRound(), l.getReturnReasons(),
					money(l.getDisbursedAmount()), l.getDisbursementDate(), l.getTermMonths(), l.getGraceMonths(),
					l.getAnnualRate(), l.getSupportPoints(), money(l.getTotalSubsidy()), l.getVersion(),
					l.getItems().stream().map(FinancedItemJson::of).toList(),
					l.schedule().stream().map(QuarterJson::of).toList());
		}

	}

	record FinancedItemJson(Long expenseItemId, String description, BigDecimal amount) {

		static FinancedItemJson of(LoanItem i) {
			return new FinancedItemJson(i.getExpenseItemId(), i.getDescription(), money(i.getAmount()));
		}

	}

	@Schema(description = "A quarter of the stored subsidy schedule (MADDE 15(4))")
	record QuarterJson(int number, LocalDate dueDate, BigDecimal interest, BigDecimal principal, BigDecimal balance) {

		static QuarterJson of(SubsidyQuarter q) {
			return new QuarterJson(q.number(), q.dueDate(), money(q.interest()), money(q.principal()),
					money(q.balance()));
		}

	}

	record DocumentJson(Long documentId, String filename, String mediaType, long size, Instant uploadedAt) {

		static DocumentJson of(DocumentRef d) {
			return new DocumentJson(d.id(), d.filename(), d.contentType(), d.size(), d.uploadedAt());
		}

	}

	static BigDecimal money(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2, java.math.RoundingMode.HALF_UP) : null;
	}

}
