package tr.destek.enterprise;

import tr.destek.identity.DestekUser;

/**
 * Port: which staff may read an enterprise's profile and its declared persons (KOSGEB UE
 * MADDE 18(9),(10) TCKNs). Staff read an enterprise only when a file of theirs needs it;
 * the enterprise module knows no files, so the modules that own files (a programme's
 * unit, the boards, the protocol banks) implement this and {@link EnterpriseAccess} asks
 * all of them.
 */
public interface EnterpriseReaders {

	/** Whether a file of {@code viewer}'s needs the enterprise. */
	boolean mayRead(DestekUser viewer, Long enterpriseId);

}
