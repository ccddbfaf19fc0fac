package tr.destek;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house (conventions.md): the shared mechanisms on floor 3 serve any programme
 * through ports the programme implements and never import a programme or what is one
 * programme's alone (KOSGEB's bank loans and interest subsidy: {@code loan},
 * {@code credit}). Issue 11: red before the ports, when {@code payment} imported
 * {@code kosgeb}, {@code loan}, {@code credit} and {@code board}, and {@code monitoring}
 * imported {@code kosgeb}, {@code loan} and {@code board}.
 */
class SharedMechanismDependencyTests {

	private static final List<String> PROGRAMME_MODULES = List.of("kosgeb", "hiser", "sayem", "loan", "credit");

	private static List<String> directDependencies(String module) {
		ApplicationModule shared = ModularityTests.modules.getModuleByName(module).orElseThrow();
		return shared.getDirectDependencies(ModularityTests.modules)
			.uniqueModules()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.toList();
	}

	@Test
	void paymentDependsOnNoProgrammeNorOnTheBoard() {
		assertThat(directDependencies("payment")).isNotEmpty()
			.doesNotContainAnyElementsOf(PROGRAMME_MODULES)
			.doesNotContain("board", "monitoring");
	}

	@Test
	void monitoringDependsOnNoProgrammeNorOnTheBoard() {
		assertThat(directDependencies("monitoring")).isNotEmpty()
			.doesNotContainAnyElementsOf(PROGRAMME_MODULES)
			.doesNotContain("board");
	}

}
