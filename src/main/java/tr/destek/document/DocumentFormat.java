package tr.destek.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Document sizes as users read them, in their language:
 * {@code ${@documentFormat.size(doc)}} gives "245 KB" or "1,2 MB".
 */
@Component("documentFormat")
public class DocumentFormat {

	private static final long MB = 1024L * 1024L;

	private final MessageSource messages;

	DocumentFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String size(DocumentRef ref) {
		return size(ref.size());
	}

	public String size(long bytes) {
		if (bytes >= MB) {
			return this.messages.getMessage("document.size.mb", new Object[] { DocumentStore.megabytes(bytes) },
					LocaleContextHolder.getLocale());
		}
		BigDecimal kb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.UP);
		return this.messages.getMessage("document.size.kb", new Object[] { kb }, LocaleContextHolder.getLocale());
	}

}
