package tr.destek.programme;

import java.time.LocalDate;

/** No version of the parameter is in force on the date asked for. */
public class ParameterNotDefinedException extends RuntimeException {

	public ParameterNotDefinedException(String scope, String key, LocalDate asOf) {
		super("no version of parameter " + scope + "/" + key + " is in force on " + asOf);
	}

}
