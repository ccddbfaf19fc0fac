package tr.destek.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The public APIs are stateless, so its language comes from the request alone:
 * {@code lang} (tr|en) first, then {@code Accept-Language}, then Turkish. The web pages'
 * language cookie does not apply here.
 */
class ApiLanguageInterceptor implements HandlerInterceptor {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		LocaleContextHolder.setLocale(resolve(request.getParameter("lang"), request.getHeader("Accept-Language")));
		return true;
	}

	static Locale resolve(String lang, String acceptLanguage) {
		if (lang != null && !lang.isBlank()) {
			return pick(lang);
		}
		if (acceptLanguage != null && !acceptLanguage.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
					String language = range.getRange().split("-")[0];
					if ("en".equalsIgnoreCase(language)) {
						return Locale.ENGLISH;
					}
					if ("tr".equalsIgnoreCase(language)) {
						return TURKISH;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// an ill-formed header: fall back to Turkish
			}
		}
		return TURKISH;
	}

	private static Locale pick(String lang) {
		return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : TURKISH;
	}

}
