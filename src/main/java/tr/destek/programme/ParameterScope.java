package tr.destek.programme;

import java.util.List;

/**
 * Where a parameter belongs: one of the three programmes, or {@code KOBI} for the SME
 * size thresholds of the KOBİ Yönetmeliği that every programme uses.
 */
public final class ParameterScope {

	public static final String KOBI = "KOBI";

	public static final String KOSGEB_DT = "KOSGEB_DT";

	public static final String HISER = "HISER";

	public static final String SAYEM_1833 = "SAYEM_1833";

	/** All scopes, in the order the admin screens show them. */
	public static final List<String> ALL = List.of(KOBI, KOSGEB_DT, HISER, SAYEM_1833);

	private ParameterScope() {
	}

}
