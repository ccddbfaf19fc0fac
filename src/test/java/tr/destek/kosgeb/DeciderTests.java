package tr.destek.kosgeb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed decider of an application is stored in the old free-text {@code decided_by}
 * column: every text reads as one decider and writes back as the same text, so the
 * existing rows keep their meaning without a migration (issue 11 point 6).
 */
class DeciderTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@ParameterizedTest
	@ValueSource(strings = { "system", "board 2026/12", "appeal commission 2026/3", "mudur-42@kosgeb.gov.tr", "board",
			"Board 1", "systems", "" })
	void everyStoredTextReadsAndWritesBackUnchanged(String text) {
		Decider.AsText column = new Decider.AsText();

		assertThat(column.convertToDatabaseColumn(column.convertToEntityAttribute(text))).isEqualTo(text);
	}

	@Test
	void theKindsAreTyped() {
		assertThat(Decider.parse("system")).isEqualTo(new Decider(Decider.Kind.SYSTEM, null));
		assertThat(Decider.parse("board 2026/12")).isEqualTo(new Decider(Decider.Kind.BOARD, "2026/12"));
		assertThat(Decider.parse("appeal commission 2026/3"))
			.isEqualTo(new Decider(Decider.Kind.APPEAL_COMMISSION, "2026/3"));
		assertThat(Decider.parse("mudur-42@kosgeb.gov.tr"))
			.isEqualTo(new Decider(Decider.Kind.PERSON, "mudur-42@kosgeb.gov.tr"));
		assertThat(new Decider.AsText().convertToEntityAttribute(null)).isNull();
		assertThat(new Decider.AsText().convertToDatabaseColumn(null)).isNull();
	}

	@Test
	void madde9_2_theUnitManagerDecidesAsAPersonAndMadde12_theBoardByItsRegistryNumber() {
		KosgebApplication application = KosgebApplicationLifecycleTests.draft();
		application.submit(NOW, LocalDate.of(2026, 3, 2), "FRM.34.00.02/v1", "a@b.c", "[]", false);
		application.assignTo(7L, NOW, NOW.plusSeconds(86_400));
		application.propose(ControlProposal.APPROVE_FOR_BOARD, null, EnumSet.noneOf(ApplicationPart.class),
				"uzman@kosgeb.gov.tr", NOW);
		application.approveProposal("mudur@kosgeb.gov.tr", NOW, null);

		assertThat(application.getDecider()).isEqualTo(new Decider(Decider.Kind.PERSON, "mudur@kosgeb.gov.tr"));
		assertThat(application.getDecidedBy()).isEqualTo("mudur@kosgeb.gov.tr");

		application.putOnAgenda();
		application.boardRejected(NOW, "2026/12", "Gerekçe", LocalDate.of(2026, 3, 20));

		assertThat(application.getDecider()).isEqualTo(new Decider(Decider.Kind.BOARD, "2026/12"));
		assertThat(application.getDecidedBy()).isEqualTo("board 2026/12");
		assertThat(application.getRejectionReason()).isEqualTo("Gerekçe");
		assertThat(application.isAppealableOn(LocalDate.of(2026, 3, 20))).isTrue();
		assertThat(application.isAppealableOn(LocalDate.of(2026, 3, 21))).isFalse();
	}

}
