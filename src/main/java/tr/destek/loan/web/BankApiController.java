package tr.destek.loan.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tr.destek.document.DocumentRef;
import tr.destek.loan.AllocationCommand;
import tr.destek.loan.BankApiClient;
import tr.destek.loan.BankLoanService;
import tr.destek.loan.DisbursementCommand;
import tr.destek.loan.Loan;
import tr.destek.loan.LoanRuleException;
import tr.destek.loan.web.BankApiModels.AllocationRequest;
import tr.destek.loan.web.BankApiModels.ApplicationJson;
import tr.destek.loan.web.BankApiModels.DisbursementRequest;
import tr.destek.loan.web.BankApiModels.DocumentJson;
import tr.destek.loan.web.BankApiModels.FinancedItemRequest;
import tr.destek.loan.web.BankApiModels.LoanApplicationRequest;
import tr.destek.loan.web.BankApiModels.LoanJson;

/**
 * The bank API for bank systems (MADDE 14(3)): the same operations as the bank portal,
 * authenticated per bank by the {@code X-Api-Key} header. A bank reads and changes only
 * its own applications and loans; anything else is 404. Bad input is 400 with
 * {@code {"errors":[{"field":...,"message":...}]}}, each message citing its article.
 */
@RestController
@Tag(name = "Bank API", description = "KOSGEB investment loans for protocol banks (UE-34.00/03 MADDE 14); "
		+ "header X-Api-Key with the bank's key; missing, unknown or revoked key → 401")
class BankApiController {

	private final BankLoanService loans;

	BankApiController(BankLoanService loans) {
		this.loans = loans;
	}

	@GetMapping("/api/v1/bank/applications")
	@Operation(summary = "Accepted applications that chose the caller's bank (MADDE 14(3)(a))",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "200", description = "Newest decision first")
	@ApiResponse(responseCode = "401", description = "Missing, unknown or revoked key")
	List<ApplicationJson> applications(@AuthenticationPrincipal BankApiClient bank) {
		return this.loans.acceptedApplications(bank.bankCode()).stream().map(ApplicationJson::of).toList();
	}

	@GetMapping("/api/v1/bank/applications/{applicationId}")
	@Operation(summary = "One accepted application with its approved items and accepted amounts",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "404", description = "Not accepted, or another bank's")
	ApplicationJson application(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long applicationId) {
		return ApplicationJson.of(this.loans.acceptedApplication(bank.bankCode(), applicationId));
	}

	@PostMapping(path = "/api/v1/bank/applications/{applicationId}/loans", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the enterprise's loan application at the bank (MADDE 14(3)(a))",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "201", description = "The loan, status APPLIED")
	@ApiResponse(responseCode = "400", description = "Field errors")
	@ApiResponse(responseCode = "404", description = "Not accepted, or another bank's")
	ResponseEntity<LoanJson> createLoan(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long applicationId,
			@RequestBody(required = false) LoanApplicationRequest request) {
		Loan loan = this.loans.createLoanApplication(bank.bankCode(), applicationId,
				(request != null) ? request.bankReference() : null);
		return ResponseEntity.created(URI.create("/api/v1/bank/loans/" + loan.getId()))
			.body(LoanJson.of(this.loans.loan(bank.bankCode(), loan.getId())));
	}

	@GetMapping("/api/v1/bank/loans")
	@Operation(summary = "The caller's bank's loans, newest first",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	List<LoanJson> loans(@AuthenticationPrincipal BankApiClient bank) {
		return this.loans.loans(bank.bankCode()).stream().map(LoanJson::of).toList();
	}

	@GetMapping("/api/v1/bank/loans/{loanId}")
	@Operation(summary = "One of the caller's bank's loans, with the stored subsidy schedule once disbursed",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "404", description = "Unknown, or another bank's")
	LoanJson loan(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long loanId) {
		return LoanJson.of(this.loans.loan(bank.bankCode(), loanId));
	}

	@PostMapping(path = "/api/v1/bank/loans/{loanId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload an expense-group document (PDF, PNG or JPEG, by content; MADDE 14(3)(b))",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "201", description = "The stored document")
	@ApiResponse(responseCode = "400", description = "Refused file, with the reason")
	ResponseEntity<DocumentJson> upload(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long loanId,
			@RequestParam("file") MultipartFile file) throws IOException {
		DocumentRef document = this.loans.uploadDocument(bank.bankCode(), loanId, file);
		return ResponseEntity.status(201).body(DocumentJson.of(document));
	}

	@GetMapping("/api/v1/bank/loans/{loanId}/documents")
	@Operation(summary = "The loan's expense-group documents",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	List<DocumentJson> documents(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long loanId) {
		return this.loans.documents(bank.bankCode(), loanId).stream().map(DocumentJson::of).toList();
	}

	@PutMapping(path = "/api/v1/bank/loans/{loanId}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the allocation, or correct it after a return (MADDE 14(3)(b),(ç))",
			description = "The amount is at least loan.min-amount and at most loan.max-amount (MADDE 6(2)); with the "
					+ "application's other loans it stays within the board's support base (14(2), 14(3)(c)); each "
					+ "item within its accepted amount; an item financed by another bank is refused (15(12)); TRY "
					+ "only (15(13)); at least one document uploaded first. Header If-Match with the loan's version "
					+ "guards against lost updates.",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "200", description = "The loan, status ALLOCATED; the unit checks it next")
	@ApiResponse(responseCode = "400", description = "Field errors citing the article")
	@ApiResponse(responseCode = "404", description = "Unknown, or another bank's")
	LoanJson allocate(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long loanId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody AllocationRequest request) {
		Map<Long, java.math.BigDecimal> items = new LinkedHashMap<>();
		if (request.items() != null) {
			for (FinancedItemRequest item : request.items()) {
				if (item == null || item.expenseItemId() == null) {
					throw new LoanRuleException("items", "loan.error.items.required");
				}
				items.put(item.expenseItemId(), item.amount());
			}
		}
		this.loans.allocate(bank.bankCode(), loanId, version(ifMatch),
				new AllocationCommand(request.amount(), request.currency(), items));
		return LoanJson.of(this.loans.loan(bank.bankCode(), loanId));
	}

	@PostMapping(path = "/api/v1/bank/loans/{loanId}/disbursement", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record the disbursement of an approved loan (MADDE 14(3)(d))",
			description = "Amount at most the approved allocation and within MADDE 6(2); term a multiple of 3 up to "
					+ "36 months; grace 0, 3 or 6 months, shorter than the term (6(6)); date within the programme "
					+ "period and not in the future (6(5)); TRY only (15(13)). The subsidy schedule is computed "
					+ "with the support points in force on the disbursement date and stored (15(4)).",
			parameters = @Parameter(in = ParameterIn.HEADER, name = BankApiSecurity.HEADER, required = true))
	@ApiResponse(responseCode = "200", description = "The loan, status DISBURSED, with its schedule")
	@ApiResponse(responseCode = "400", description = "Field errors citing the article")
	@ApiResponse(responseCode = "404", description = "Unknown, or another bank's")
	LoanJson disburse(@AuthenticationPrincipal BankApiClient bank, @PathVariable Long loanId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@RequestBody DisbursementRequest request) {
		this.loans.disburse(bank.bankCode(), loanId, version(ifMatch),
				new DisbursementCommand(request.amount(), request.currency(), request.disbursementDate(),
						request.termMonths(), request.graceMonths(), request.annualRate()));
		return LoanJson.of(this.loans.loan(bank.bankCode(), loanId));
	}

	private static Long version(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(ifMatch.replace("\"", "").replace("W/", "").trim());
		}
		catch (NumberFormatException ex) {
			throw new LoanRuleException("If-Match", "loan.api.error.version");
		}
	}

}
