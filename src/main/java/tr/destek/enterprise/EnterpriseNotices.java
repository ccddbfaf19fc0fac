package tr.destek.enterprise;

import java.util.List;
import java.util.Locale;

/**
 * What other modules have to tell about an enterprise on its profile page, e.g. the asset
 * lock of KOSGEB MADDE 18(12). The enterprise module knows nothing of programmes; the
 * programme modules implement this and the profile page shows every notice they give.
 */
public interface EnterpriseNotices {

	/** The notices for the enterprise, in the reader's language; empty when none. */
	List<String> noticesFor(Long enterpriseId, Locale locale);

}
