package tr.destek.enterprise;

/**
 * Port: whether a programme's file still relies on the enterprise's declared persons. The
 * conflict checks of KOSGEB UE MADDE 18(9) (suppliers) and 18(10) (board members) read
 * the owners, partners and relatives the enterprise declared; while an application is
 * past its draft and not concluded, removing one would let the enterprise dodge them
 * (issue #9 point 9). Programme modules implement this; the enterprise module knows no
 * applications.
 */
public interface DeclaredPersonsInUse {

	/**
	 * Whether a file of the programme still relies on the enterprise's declared persons.
	 */
	boolean inUse(Long enterpriseId);

}
