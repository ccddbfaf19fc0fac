package tr.destek.programme.web;

import java.util.List;

/** The parameters of one scope (a programme, or the KOBİ thresholds). */
public record ScopeGroup(String scope, List<ParameterRow> rows) {

}
