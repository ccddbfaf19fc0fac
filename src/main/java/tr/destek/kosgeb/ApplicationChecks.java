package tr.destek.kosgeb;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.document.DocumentRef;
import tr.destek.kosgeb.eligibility.EligibilityReport;
import tr.destek.kosgeb.eligibility.KosgebEligibility;
import tr.destek.platform.DestekTime;

/**
 * What stands between a draft and its submission: the eligibility checklist judged on the
 * application date (MADDE 7(2),(3)), the one frozen at submission, and what is missing
 * from the form (MADDE 7(4), 8(1),(4), 14). The locale only chooses the language of the
 * size-class explanation the facts carry.
 */
@Service
public class ApplicationChecks {

	private final EligibilityFactsAssembler facts;

	private final KosgebEligibility eligibility;

	private final Clock clock;

	ApplicationChecks(EligibilityFactsAssembler facts, KosgebEligibility eligibility, Clock clock) {
		this.facts = facts;
		this.eligibility = eligibility;
		this.clock = clock;
	}

	/**
	 * The eligibility checklist of a draft as if it were sent today (MADDE 7(2),(3):
	 * judged on the application date).
	 */
	@Transactional(readOnly = true)
	public EligibilityReport liveEligibility(KosgebApplication application, Locale locale) {
		return evaluate(application, DestekTime.today(this.clock), locale);
	}

	/** The eligibility checklist of the application judged on this application date. */
	EligibilityReport evaluate(KosgebApplication application, LocalDate applicationDate, Locale locale) {
		return this.eligibility.evaluate(this.facts.assemble(application, applicationDate, locale));
	}

	/** The eligibility frozen at submission, if the application was sent. */
	public Optional<EligibilityReport> frozenEligibility(KosgebApplication application) {
		return Optional.ofNullable(application.getEligibilitySnapshot()).map(EligibilitySnapshot::read);
	}

	/**
	 * What is missing from the form before it can be sent: a complete maturity report
	 * (MADDE 7(4), 8(1)), at least one expense item, the preferred bank (MADDE 8(4), 14)
	 * and the required documents.
	 */
	public List<Blocker> blockers(KosgebApplication application, List<DocumentRef> documents) {
		List<Blocker> blockers = new ArrayList<>();
		if (!application.report().isComplete()) {
			blockers.add(new Blocker("kosgeb.blocker.report-incomplete"));
		}
		if (application.getExpenseItems().isEmpty()) {
			blockers.add(new Blocker("kosgeb.blocker.no-items"));
		}
		if (application.getPreferredBankCode() == null) {
			blockers.add(new Blocker("kosgeb.blocker.no-bank"));
		}
		for (DocumentCategory category : DocumentCategory.values()) {
			if (category.isRequired() && documents.stream().noneMatch(d -> category.name().equals(d.category()))) {
				blockers.add(new Blocker("kosgeb.blocker.document-missing." + category.name()));
			}
		}
		return blockers;
	}

}
