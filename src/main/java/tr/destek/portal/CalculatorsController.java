package tr.destek.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Public (no login): the index of the public calculators. */
@Controller
class CalculatorsController {

	@GetMapping("/calculators")
	String index() {
		return "portal/calculators";
	}

}
