package tr.destek.calendar;

/**
 * How the act is done, which decides the hour a period ends (KOSGEB UE MADDE 18(13)):
 * electronic acts at 23:59, documents to be handed in physically at the end of office
 * hours.
 */
public enum Delivery {

	ELECTRONIC, PHYSICAL

}
