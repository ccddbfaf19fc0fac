package tr.destek.enterprise.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import tr.destek.enterprise.CompanyFigures;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.SizeClassExplainer;
import tr.destek.enterprise.SizeClassification;
import tr.destek.platform.ApiErrors;
import tr.destek.platform.InvalidInputException;
import tr.destek.programme.ParameterNotDefinedException;

/** Public JSON API: the KOBİ size class of given figures (KOBİ Yönetmeliği MADDE 5). */
@RestController
@Tag(name = "Enterprise size class", description = "KOBİ size class (KOBİ Yönetmeliği MADDE 5)")
class SizeClassApiController {

	private final EnterpriseService enterprises;

	private final SizeClassExplainer explainer;

	SizeClassApiController(EnterpriseService enterprises, SizeClassExplainer explainer) {
		this.enterprises = enterprises;
		this.explainer = explainer;
	}

	@GetMapping("/api/v1/enterprises/size-class")
	@Operation(summary = "KOBİ size class of an enterprise's figures",
			description = "The smallest class whose employee limit is met (fewer employees) and one of whose "
					+ "money limits is met (net sales or balance-sheet total at most the limit); otherwise LARGE. "
					+ "Limits are those in force on the date (KOBİ Yönetmeliği MADDE 5; the medium limit was "
					+ "raised to 1 billion TL from 07/08/2025). The reason is in the request language (Turkish "
					+ "by default, English with ?lang=en).")
	@ApiResponse(responseCode = "200", description = "The size class and the reason")
	@ApiResponse(responseCode = "400", description = "Missing, negative or malformed input",
			content = @Content(schema = @Schema(implementation = ApiErrors.class)))
	@Parameter(name = "employees", in = ParameterIn.QUERY, required = true, example = "35",
			description = "Employees (annual average), at least 0")
	@Parameter(name = "netSales", in = ParameterIn.QUERY, required = true, example = "42000000.00",
			description = "Annual net sales in TL, at least 0, at most 2 decimals")
	@Parameter(name = "balanceSheet", in = ParameterIn.QUERY, required = true, example = "60000000",
			description = "Annual balance-sheet total in TL, at least 0, at most 2 decimals")
	@Parameter(name = "date", in = ParameterIn.QUERY, example = "2025-09-01",
			description = "Date whose limits apply (YYYY-MM-DD); default today in Europe/Istanbul")
	SizeClassAnswer sizeClass(@Parameter(hidden = true) @Valid @ModelAttribute SizeClassQuery query) {
		LocalDate date = (query.getDate() != null) ? query.getDate() : this.enterprises.today();
		try {
			SizeClassification classification = this.enterprises
				.classify(new CompanyFigures(query.getEmployees(), query.getNetSales(), query.getBalanceSheet()), date);
			return new SizeClassAnswer(classification.sizeClass().name(),
					this.explainer.reason(classification, LocaleContextHolder.getLocale()));
		}
		catch (ParameterNotDefinedException ex) {
			throw new InvalidInputException("date", "enterprise.size.noThresholds", date.toString());
		}
	}

	/** The answer: {@code {"sizeClass": "SMALL", "reason": "..."}}. */
	record SizeClassAnswer(@Schema(allowableValues = {
			"MICRO", "SMALL", "MEDIUM", "LARGE" }) String sizeClass, String reason){
	}

}
