package tr.destek.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tr.destek.identity.DestekUser;
import tr.destek.platform.FileLabel;
import tr.destek.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Payments serve any programme (issue 11): a stored request goes to the programme named
 * by its source, even when two programmes use the same file id, and an unknown source is
 * a programming error, not another programme's file.
 */
class PaymentPortsTests {

	private static PayableFiles programme(String source, Long fileId, Long enterpriseId) {
		return new PayableFiles() {

			@Override
			public String source() {
				return source;
			}

			@Override
			public Optional<PayableFile> file(Long id) {
				return fileId.equals(id) ? Optional.of(new PayableFile(source, fileId, source + "-" + fileId,
						enterpriseId, (short) 62, null, source + "_SCOPE", null, true)) : Optional.empty();
			}

			@Override
			public Optional<PayableFile> fileOfEnterprise(Long id) {
				return enterpriseId.equals(id) ? file(fileId) : Optional.empty();
			}

			@Override
			public Map<Long, PaymentStop> stops(Collection<Long> fileIds) {
				return Map.of();
			}

			@Override
			public boolean mayView(DestekUser user, PayableFile file) {
				return false;
			}

			@Override
			public boolean mayControl(DestekUser user, PayableFile file) {
				return false;
			}

			@Override
			public Map<Long, FileLabel> labels(Collection<Long> fileIds) {
				return Map.of();
			}

		};
	}

	private static SupportGrants grants(String source) {
		return new SupportGrants() {

			@Override
			public String source() {
				return source;
			}

			@Override
			public List<ApprovedItem> approvedItems(Long fileId) {
				return List.of(new ApprovedItem(1L, source));
			}

			@Override
			public Optional<LocalDate> programmeStart(Long fileId) {
				return Optional.empty();
			}

			@Override
			public List<SupportSchedule> disbursedFor(Long fileId) {
				return List.of();
			}

			@Override
			public Optional<SupportSchedule> disbursed(Long scheduleId) {
				return Optional.empty();
			}

			@Override
			public List<BigDecimal> shares(BigDecimal periodSupport, List<BigDecimal> financed) {
				return List.of();
			}

		};
	}

	private final PaymentPorts ports = new PaymentPorts(
			List.of(programme("KOSGEB", 7L, 100L), programme("HISER", 7L, 200L)),
			List.of(grants("KOSGEB"), grants("HISER")));

	@Test
	void aStoredSourcePicksItsProgrammeEvenWhenTwoProgrammesShareTheFileId() {
		assertThat(this.ports.file("HISER", 7L).reference()).isEqualTo("HISER-7");
		assertThat(this.ports.file("KOSGEB", 7L).parameters()).isEqualTo("KOSGEB_SCOPE");
		assertThat(this.ports.grants("HISER").approvedItems(7L)).extracting(ApprovedItem::description)
			.containsExactly("HISER");
		assertThatThrownBy(() -> this.ports.file("HISER", 8L)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void anEnterprisesFilesAreFoundInEveryProgramme_anUnknownSourceIsAnError() {
		assertThat(this.ports.filesOfEnterprise(200L)).extracting(PayableFile::source).containsExactly("HISER");
		assertThat(this.ports.filesOfEnterprise(300L)).isEmpty();
		assertThatThrownBy(() -> this.ports.files("SAYEM")).isInstanceOf(IllegalStateException.class);
	}

}
