package tr.destek.kosgeb;

/**
 * What may be bought with the supported loan: new machines, equipment, software, hardware
 * (MADDE 5(1)).
 */
public enum ExpenseKind {

	MACHINE, EQUIPMENT, SOFTWARE, HARDWARE;

	public String messageKey() {
		return "kosgeb.expense.kind." + name();
	}

}
