package tr.destek.enterprise;

/**
 * KOBİ size classes (KOBİ Yönetmeliği MADDE 5): micro, small and medium are SMEs (KOBİ);
 * large is not.
 */
public enum SizeClass {

	MICRO, SMALL, MEDIUM, LARGE;

	public String messageKey() {
		return "enterprise.sizeClass." + name();
	}

	public boolean isSme() {
		return this != LARGE;
	}

}
