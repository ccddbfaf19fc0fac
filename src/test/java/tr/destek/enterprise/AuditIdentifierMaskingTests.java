package tr.destek.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import tr.destek.identity.DestekUser;
import tr.destek.kosgeb.ExpenseItemData;
import tr.destek.kosgeb.ExpenseKind;
import tr.destek.kosgeb.KosgebApplicants;
import tr.destek.kosgeb.KosgebApplication;
import tr.destek.kosgeb.KosgebApplicationService;
import tr.destek.platform.Identifiers;
import tr.destek.support.IntegrationTest;
import tr.destek.support.OwnerJdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Security issue #9 (B), KVKK: the append-only audit names enterprises and persons by
 * masked identifiers only ({@link Identifiers#mask}); migration V67_1 masked the rows
 * written before, and recorded that it did.
 */
@IntegrationTest
class AuditIdentifierMaskingTests {

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	KosgebApplicationService applications;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerJdbc owner;

	@Test
	void theMaskKeepsTheFirstThreeAndTheLastTwoDigits() {
		assertThat(Identifiers.mask("10000000146")).isEqualTo("100******46");
		assertThat(Identifiers.mask("1234567890")).isEqualTo("123*****90");
		assertThat(Identifiers.mask(null)).isEqualTo("-");
		String tckn = Enterprises.randomTckn();
		assertThat(this.jdbc.queryForObject("select audit_mask_identifier(?)", String.class, tckn))
			.isEqualTo(Identifiers.mask(tckn));
	}

	@Test
	void signingUpWritesOnlyTheMaskedTaxNumberIntoTheAudit() {
		String vkn = Enterprises.randomVkn();
		Enterprise enterprise = signUp(vkn);

		String audit = auditTextOf(enterprise.getId());
		assertThat(audit).contains("ENTERPRISE_REGISTERED")
			.contains("taxNumber=" + Identifiers.mask(vkn))
			.doesNotContain(vkn);
	}

	@Test
	void declaringAndRemovingPersonsWritesOnlyMaskedTcknsIntoTheAudit() {
		Enterprise enterprise = signUp(Enterprises.randomVkn());
		String owner = Enterprises.randomTckn();
		String relative = Enterprises.randomTckn();
		EnterprisePerson declared = this.enterprises.declarePerson(enterprise.getId(),
				new PersonDeclaration(owner, "Ayşe Yılmaz", PersonRelation.OWNER, new BigDecimal("60"), null));
		this.enterprises.declarePerson(enterprise.getId(),
				new PersonDeclaration(relative, "Mehmet Yılmaz", PersonRelation.RELATIVE, null, owner));
		this.enterprises.removePerson(enterprise.getId(), declared.getId());

		String audit = auditTextOf(enterprise.getId());
		assertThat(audit).contains("PERSON_DECLARED", "PERSON_REMOVED")
			.contains("tckn=" + Identifiers.mask(owner))
			.contains("tckn=" + Identifiers.mask(relative) + ",")
			.contains("related=" + Identifiers.mask(owner))
			.doesNotContain(owner)
			.doesNotContain(relative);
	}

	@Test
	void anExpenseItemsSupplierTaxNumberIsMaskedInTheAudit() {
		String email = KosgebApplicants.qualifying(this.enterprises);
		DestekUser applicant = (DestekUser) this.userDetails.loadUserByUsername(email);
		KosgebApplication draft = this.applications.startDraft(applicant);
		String supplierVkn = Enterprises.randomVkn();
		KosgebApplication application = this.applications.addExpenseItem(applicant, draft.getVersion(),
				new ExpenseItemData(ExpenseKind.SOFTWARE, "ERP yazılımı", 1, new BigDecimal("1500000.00"),
						"Yazılım A.Ş.", supplierVkn, "Öneri 3: ERP", true));

		String audit = String.join("\n",
				this.jdbc.queryForList(
						"select concat_ws(' | ', action, summary, before_state, after_state) from audit_entry "
								+ "where entity_type = 'KosgebApplication' and entity_id = ? order by id",
						String.class, String.valueOf(application.getId())));
		assertThat(audit).contains("KOSGEB_ITEM_ADDED")
			.contains("(" + Identifiers.mask(supplierVkn) + ")")
			.doesNotContain(supplierVkn);
	}

	@Test
	void theMigrationsRedactionMasksAClearTcknAndVknAndRecordsItselfInTheAudit() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'AUDIT_IDENTIFIERS_REDACTED' and entity_id = 'V67_1'",
				Long.class))
			.isOne();
		String tckn = Enterprises.randomTckn();
		String vkn = Enterprises.randomVkn();
		String notAVkn = vkn.substring(0, 9) + ((vkn.charAt(9) - '0' + 1) % 10);
		assertThat(TaxNumber.isValidVkn(notAVkn)).isFalse();
		String entity = UUID.randomUUID().toString();
		// a row as the old code wrote it, with identifiers in clear
		this.jdbc.update(
				"insert into audit_entry (actor, action, entity_type, entity_id, summary, before_state, after_state) "
						+ "values ('system', 'PERSON_DECLARED', 'Enterprise', ?, ?, ?, ?)",
				entity, "Person declared (" + tckn + ")", "taxNumber=" + vkn + " (VKN), amount=" + notAVkn + ".00",
				"tckn=" + tckn + ", related=" + tckn + ", id=12345678901234");

		Integer redacted = this.owner.jdbc()
			.queryForObject("select audit_redact_existing_identifiers('test " + entity + "')", Integer.class);

		assertThat(redacted).isPositive();
		var row = this.jdbc.queryForMap(
				"select summary, before_state, after_state from audit_entry where entity_id = ? and action = 'PERSON_DECLARED'",
				entity);
		assertThat(row.get("summary")).isEqualTo("Person declared (" + Identifiers.mask(tckn) + ")");
		assertThat(row.get("before_state"))
			.isEqualTo("taxNumber=" + Identifiers.mask(vkn) + " (VKN), amount=" + notAVkn + ".00");
		assertThat(row.get("after_state")).isEqualTo(
				"tckn=" + Identifiers.mask(tckn) + ", related=" + Identifiers.mask(tckn) + ", id=12345678901234");
		List<String> records = this.jdbc.queryForList(
				"select summary from audit_entry where action = 'AUDIT_IDENTIFIERS_REDACTED' and entity_id = ?",
				String.class, "test " + entity);
		assertThat(records).singleElement().asString().contains("KVKK").contains(redacted + " audit entries");
		// the trigger is back: the audit is append-only again, even for the owner
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.owner.jdbc().update("delete from audit_entry where entity_id = ?", entity))
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("append-only"));
	}

	@Test
	void theApplicationRoleCannotRunTheRedaction() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.queryForObject("select audit_redact_existing_identifiers('mallory')", Integer.class))
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("permission denied"));
	}

	private Enterprise signUp(String vkn) {
		return this.enterprises
			.signUp(new Registration(vkn, "Maskeli Makina Ltd. Şti.", LegalForm.LIMITED, LocalDate.of(2018, 3, 1),
					(short) 6, "25.62"), "mask-" + UUID.randomUUID() + "@example.com.tr", "Ayşe Yılmaz",
					"gizli-parola-123")
			.enterprise();
	}

	private String auditTextOf(Long enterpriseId) {
		return String.join("\n",
				this.jdbc.queryForList(
						"select concat_ws(' | ', action, actor, summary, before_state, after_state) from audit_entry "
								+ "where entity_type = 'Enterprise' and entity_id = ? order by id",
						String.class, String.valueOf(enterpriseId)));
	}

}
