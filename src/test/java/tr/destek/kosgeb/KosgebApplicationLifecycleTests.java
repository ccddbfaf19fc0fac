package tr.destek.kosgeb;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate guards the lifecycle of the spec (MADDE 8, 9, 16). */
class KosgebApplicationLifecycleTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static KosgebApplication draft() {
		KosgebApplication application = new KosgebApplication("KDD-2026-000001", 1L, (short) 42, NOW, "a@b.c");
		application.updateReport(
				new MaturityReport("Dijital Danışmanlık A.Ş.", "DDR-1", LocalDate.of(2026, 1, 5), null, "Seviye 2"));
		application.addExpenseItem(new ExpenseItemData(ExpenseKind.MACHINE, "CNC dik işleme merkezi", 1,
				new BigDecimal("2500000"), "Makina Ltd.", "0680123456", "Öneri 3.1", true));
		application.addExpenseItem(new ExpenseItemData(ExpenseKind.SOFTWARE, "MES yazılımı", 2,
				new BigDecimal("125000.505"), "Yazılım A.Ş.", "6123456784", "Öneri 4.2", true));
		return application;
	}

	@Test
	void theRequestedAmountIsTheSumOfTheItemsExcludingVat() {
		assertThat(draft().requestedAmount()).isEqualByComparingTo("2750001.02");
	}

	@Test
	void madde16_1_submissionNeedsTheWrittenCommitment() {
		KosgebApplication application = draft();
		assertThatThrownBy(() -> application.submit(NOW, LocalDate.of(2026, 3, 2), null, null, "[]", false))
			.isInstanceOf(IllegalTransitionException.class);
		application.submit(NOW, LocalDate.of(2026, 3, 2), "FRM.34.00.02/v1", "a@b.c", "[]", false);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.getCommitmentApprovedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> application.submit(NOW, LocalDate.of(2026, 3, 2), "v1", "a@b.c", "[]", false))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> application.addExpenseItem(null)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void madde9_controlProposalApprovalAndCorrectionOfOnlyTheOpenedParts() {
		KosgebApplication application = draft();
		application.submit(NOW, LocalDate.of(2026, 3, 2), "v1", "a@b.c", "[]", false);
		assertThatThrownBy(() -> application.propose(ControlProposal.APPROVE_FOR_BOARD, null, Set.of(), "s", NOW))
			.isInstanceOf(IllegalTransitionException.class);
		application.assignTo(7L, NOW, NOW.plusSeconds(7 * 86400));
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
		assertThatThrownBy(() -> application.propose(ControlProposal.REQUEST_CORRECTION, "eksik", Set.of(), "s", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		application.propose(ControlProposal.REQUEST_CORRECTION, "Fatura eksik",
				EnumSet.of(ApplicationPart.EXPENSE_ITEMS), "s", NOW);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CONTROL_APPROVAL);
		Instant deadline = Instant.parse("2026-03-09T20:59:00Z");
		application.approveProposal("m", NOW, deadline);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		assertThat(application.isEditable(ApplicationPart.EXPENSE_ITEMS)).isTrue();
		assertThat(application.isEditable(ApplicationPart.REPORT)).isFalse();
		assertThatThrownBy(() -> application.choosePreferredBank("ZIRAAT"))
			.isInstanceOf(IllegalTransitionException.class);

		assertThat(application.expireCorrection(deadline, "late")).isFalse();
		application.resubmit(NOW, "a@b.c", "v1", "[]", false, NOW.plusSeconds(86400));
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_CONTROL);
		assertThat(application.openParts()).isEmpty();
		application.propose(ControlProposal.APPROVE_FOR_BOARD, null, Set.of(), "s", NOW);
		application.approveProposal("m", NOW, null);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
	}

	@Test
	void madde9_3_aMissedCorrectionDeadlineMeansRejected() {
		KosgebApplication application = draft();
		application.submit(NOW, LocalDate.of(2026, 3, 2), "v1", "a@b.c", "[]", false);
		application.assignTo(7L, NOW, NOW);
		application.propose(ControlProposal.REQUEST_CORRECTION, "Rapor eksik", EnumSet.of(ApplicationPart.REPORT), "s",
				NOW);
		Instant deadline = Instant.parse("2026-03-09T20:59:00Z");
		application.approveProposal("m", NOW, deadline);
		assertThat(application.expireCorrection(deadline.plusSeconds(60), "MADDE 9(3)")).isTrue();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(application.expireCorrection(deadline.plusSeconds(120), "again")).isFalse();
	}

}
