package tr.destek.appeal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import tr.destek.DestekApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal is a shared mechanism (issue 11 point 2; conventions, "The house", floor 3):
 * it never depends on a programme, not even through another module; programmes depend on
 * it.
 */
class AppealModuleTests {

	static final ApplicationModules modules = ApplicationModules.of(DestekApplication.class);

	static final List<String> PROGRAMMES = List.of("kosgeb", "hiser", "sayem");

	@Test
	void theAppealModuleDependsOnNoProgramme() {
		ApplicationModule appeal = modules.getModuleByName("appeal").orElseThrow();

		assertThat(appeal.getAllDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
			.isNotEmpty()
			.doesNotContainAnyElementsOf(PROGRAMMES);
		assertThat(appeal.getDirectDependencies(modules).stream())
			.allSatisfy(d -> assertThat(d.getTargetType().getPackageName()).doesNotStartWith("tr.destek.kosgeb"));
	}

	@Test
	void kosgebPlugsIntoTheAppealThroughItsPort() {
		ApplicationModule kosgeb = modules.getModuleByName("kosgeb").orElseThrow();

		assertThat(kosgeb.getDirectDependencies(modules).stream())
			.anySatisfy(d -> assertThat(d.getTargetType().getName()).isEqualTo(AppealSubjects.class.getName()));
	}

}
