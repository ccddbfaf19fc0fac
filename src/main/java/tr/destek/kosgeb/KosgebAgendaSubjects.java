package tr.destek.kosgeb;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tr.destek.board.AgendaSubject;
import tr.destek.board.AgendaSubjects;
import tr.destek.board.DecidableItem;
import tr.destek.board.SubjectEligibility;
import tr.destek.board.SubjectFile;
import tr.destek.board.SubjectLabel;
import tr.destek.board.SubjectPutOnAgenda;
import tr.destek.board.SubjectRef;
import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterprisePerson;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.platform.DestekTime;
import tr.destek.programme.ParameterScope;
import tr.destek.programme.ProgrammeParameters;

/**
 * KOSGEB's side of the board's port (issue 11 point 1): its applications as the subjects
 * the board decides on. An application is ready for the board once controlled and found
 * suitable (READY_FOR_BOARD, MADDE 10(1)); the members accept an amount per expense item
 * up to its requested amount (VAT excluded), the total within {@code loan.min-amount}
 * (MADDE 7(7)) and {@code loan.max-amount} (MADDE 6(2)); a member who is a declared
 * person of the enterprise may not sit for it (MADDE 18(10)); a rejection after an
 * accepted appeal cannot be appealed again (MADDE 13(10)(b)). When the board sends an
 * agenda, the application moves to ON_AGENDA in the same transaction (MADDE 12(1)).
 */
@Component
class KosgebAgendaSubjects implements AgendaSubjects {

	/** KOSGEB's name in {@link SubjectRef#source()}. */
	static final String SOURCE = "KOSGEB";

	static final String MIN_AMOUNT = "loan.min-amount";

	static final String MAX_AMOUNT = "loan.max-amount";

	private final KosgebApplicationService applications;

	private final FileLabels labels;

	private final EnterpriseService enterprises;

	private final ProgrammeParameters parameters;

	private final BankNames banks;

	private final Clock clock;

	KosgebAgendaSubjects(KosgebApplicationService applications, FileLabels labels, EnterpriseService enterprises,
			ProgrammeParameters parameters, BankNames banks, Clock clock) {
		this.applications = applications;
		this.labels = labels;
		this.enterprises = enterprises;
		this.parameters = parameters;
		this.banks = banks;
		this.clock = clock;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectLabel> candidates() {
		List<Long> ready = this.applications.readyForBoard().stream().map(KosgebApplication::getId).toList();
		Map<Long, SubjectLabel> found = labels(ready);
		return ready.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public AgendaSubject find(long id) {
		KosgebApplication application = this.applications.find(id);
		Optional<Enterprise> enterprise = this.enterprises.find(application.getEnterpriseId());
		LocalDate today = DestekTime.today(this.clock);
		List<DecidableItem> items = application.getExpenseItems()
			.stream()
			.map(e -> new DecidableItem(e.getId(), e.getPosition(), e.getKind().messageKey(), e.getDescription(),
					e.getQuantity(), e.getUnitPrice(), e.total(), e.getReportRecommendation(), e.getSupplierName(),
					e.getSupplierTaxNumber()))
			.toList();
		List<String> related = enterprise.map(e -> e.getPersons().stream().map(EnterprisePerson::getTckn).toList())
			.orElse(List.of());
		return new AgendaSubject(new SubjectRef(SOURCE, application.getId()), application.getReference(),
				application.getReference(), application.getEnterpriseId(),
				enterprise.map(Enterprise::getTitle).orElse(null), items,
				this.parameters.decimal(ParameterScope.KOSGEB_DT, MIN_AMOUNT, today),
				this.parameters.decimal(ParameterScope.KOSGEB_DT, MAX_AMOUNT, today),
				application.getStatus() == ApplicationStatus.READY_FOR_BOARD, !application.isReEvaluationAfterAppeal(),
				related, file(application));
	}

	private SubjectFile file(KosgebApplication application) {
		MaturityReport report = application.report();
		List<String> recommendations = application.getExpenseItems()
			.stream()
			.map(ExpenseItem::getReportRecommendation)
			.filter(Objects::nonNull)
			.filter(r -> !r.isBlank())
			.distinct()
			.toList();
		String bank = (application.getPreferredBankCode() == null) ? null
				: this.banks.of(application.getPreferredBankCode());
		return new SubjectFile(application.getApplicationDate(), report.number(), report.consultant(),
				report.maturityLevel(), report.approvalDate(), recommendations, bank, application.getProposalAt(),
				EligibilitySummary.of(application).map(KosgebAgendaSubjects::eligibility).orElse(null));
	}

	private static SubjectEligibility eligibility(EligibilitySummary summary) {
		return new SubjectEligibility(summary.evaluatedFor(), summary.needsReview(),
				summary.lines()
					.stream()
					.map(l -> new SubjectEligibility.Line("kosgeb.eligibility.rule." + l.ruleId(), l.ruleId(),
							l.article(), "kosgeb.eligibility.outcome." + l.outcome()))
					.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, SubjectLabel> labels(Collection<Long> ids) {
		Map<Long, SubjectLabel> found = new LinkedHashMap<>();
		this.labels.of(ids)
			.forEach((id, l) -> found.put(id, new SubjectLabel(new SubjectRef(SOURCE, id), l.reference(),
					l.enterpriseTitle(), l.provinceName(), l.requestedAmount(), l.statusKey())));
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> subjectOf(Long enterpriseId) {
		return this.applications.findForEnterprise(enterpriseId).map(KosgebApplication::getId);
	}

	/**
	 * The agenda with the application was sent to the members: it is ON_AGENDA (MADDE
	 * 12(1)). Synchronous, inside the board's transaction: the agenda is sent with every
	 * file moved, or not at all.
	 */
	@EventListener
	void on(SubjectPutOnAgenda event) {
		if (SOURCE.equals(event.subject().source())) {
			this.applications.putOnAgenda(event.subject().id(), event.boardName());
		}
	}

}
