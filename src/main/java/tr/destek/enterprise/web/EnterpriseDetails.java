package tr.destek.enterprise.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tr.destek.enterprise.Enterprise;
import tr.destek.enterprise.EnterpriseNotices;
import tr.destek.enterprise.EnterpriseService;
import tr.destek.enterprise.InvalidNaceCodeException;
import tr.destek.enterprise.NaceCatalogue;
import tr.destek.enterprise.NaceCode;
import tr.destek.enterprise.SizeClassExplainer;
import tr.destek.enterprise.SizeClassification;

/**
 * Puts what the enterprise details fragment shows into the model: the enterprise, its
 * province, NACE division and section, and its size class today with the reason.
 */
@Component
class EnterpriseDetails {

	private final EnterpriseService enterprises;

	private final NaceCatalogue catalogue;

	private final SizeClassExplainer explainer;

	private final List<EnterpriseNotices> notices;

	EnterpriseDetails(EnterpriseService enterprises, NaceCatalogue catalogue, SizeClassExplainer explainer,
			List<EnterpriseNotices> notices) {
		this.enterprises = enterprises;
		this.catalogue = catalogue;
		this.explainer = explainer;
		this.notices = notices;
	}

	void addTo(Model model, Enterprise enterprise, Locale locale) {
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("province", this.catalogue.province(enterprise.getProvinceCode()).orElse(null));
		try {
			NaceCode nace = this.catalogue.code(enterprise.getNaceCode());
			model.addAttribute("naceDivision", nace.division().name(locale));
			model.addAttribute("naceSection", nace.section());
			model.addAttribute("naceSectionName",
					this.catalogue.section(nace.section()).map(s -> s.name(locale)).orElse(""));
		}
		catch (InvalidNaceCodeException ex) {
			model.addAttribute("naceDivision", "");
		}
		SizeClassification sizeClass = this.enterprises.sizeClassAsOf(enterprise.getId(), this.enterprises.today());
		model.addAttribute("sizeClass", sizeClass);
		model.addAttribute("sizeClassReason", this.explainer.reason(sizeClass, locale));
		model.addAttribute("notices",
				this.notices.stream().flatMap(n -> n.noticesFor(enterprise.getId(), locale).stream()).toList());
	}

}
