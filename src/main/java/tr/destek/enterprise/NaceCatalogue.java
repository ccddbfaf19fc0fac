package tr.destek.enterprise;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** NACE Rev.2 divisions and sections, and the 81 provinces: the reference data of V7. */
@Service
@Transactional(readOnly = true)
public class NaceCatalogue {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	private final NaceDivisionRepository divisions;

	private final NaceSectionRepository sections;

	private final ProvinceRepository provinces;

	NaceCatalogue(NaceDivisionRepository divisions, NaceSectionRepository sections, ProvinceRepository provinces) {
		this.divisions = divisions;
		this.sections = sections;
		this.provinces = provinces;
	}

	/**
	 * The NACE code written in {@code text}, with its division and section.
	 * @throws InvalidNaceCodeException when the format is wrong or the division is not a
	 * NACE Rev.2 division
	 */
	public NaceCode code(String text) {
		String wellFormed = NaceCode.requireFormat(text);
		NaceDivision division = this.divisions.findById(NaceCode.divisionOf(wellFormed))
			.orElseThrow(() -> new InvalidNaceCodeException("enterprise.nace.invalid.division", wellFormed));
		return new NaceCode(wellFormed, division);
	}

	public Optional<NaceSection> section(String code) {
		return this.sections.findById(code);
	}

	public List<NaceDivision> divisions() {
		return this.divisions.findAll(org.springframework.data.domain.Sort.by("code"));
	}

	/**
	 * The 81 provinces in Turkish alphabetical order (Ç after C, İ after I, Ş after S).
	 */
	public List<Province> provinces() {
		Collator collator = Collator.getInstance(TURKISH);
		return this.provinces.findAll().stream().sorted(Comparator.comparing(Province::getName, collator)).toList();
	}

	public Optional<Province> province(Short code) {
		return (code == null) ? Optional.empty() : this.provinces.findById(code);
	}

}
