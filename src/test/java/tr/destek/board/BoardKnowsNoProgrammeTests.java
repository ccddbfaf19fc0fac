package tr.destek.board;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 point 1: the decision bodies know nothing of programmes. No class of
 * {@code board} depends on a programme module, except the appeal commission's code, which
 * the appeal module takes over (it then imports {@code appeal} instead of
 * {@code kosgeb}); the programme stands on the board instead ({@code kosgeb} implements
 * {@link AgendaSubjects}). Red before: 20 board classes imported
 * {@code tr.destek.kosgeb}.
 */
class BoardKnowsNoProgrammeTests {

	/** The programme modules (floor 2 of the house). */
	static final List<String> PROGRAMMES = List.of("tr.destek.kosgeb..", "tr.destek.hiser..", "tr.destek.sayem..");

	/**
	 * The appeal commission's classes, left to the appeal module's branch; MeetingService
	 * only for its appeal lines ({@code addAppeal}, the forwarded appeals as candidates,
	 * the appeal check when sending an agenda).
	 */
	static final Set<String> APPEAL_COMMISSION = Set.of();

	static final JavaClasses BOARD = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("tr.destek.board");

	static final DescribedPredicate<JavaClass> APPEAL_CODE = DescribedPredicate.describe("the appeal commission's code",
			c -> APPEAL_COMMISSION.contains(c.getName())
					|| APPEAL_COMMISSION.stream().anyMatch(name -> c.getName().startsWith(name + "$")));

	@Test
	void noBoardClassOutsideTheAppealCommissionDependsOnAProgramme() {
		assertThat(BOARD.contain(DecisionService.class)).isTrue();
		noClasses().that(DescribedPredicate.not(APPEAL_CODE))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(PROGRAMMES.toArray(String[]::new))
			.because("issue 11 point 1: a board receives its subjects through AgendaSubjects and answers with events")
			.check(BOARD);
	}

}
