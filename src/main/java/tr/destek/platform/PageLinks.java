package tr.destek.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of a list that keep the current filters:
 * {@code ${@pageLinks.to(3)}}.
 */
@Component("pageLinks")
public class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

}
