package tr.destek.platform;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The clock (Europe/Istanbul) and the language: Turkish first, English when chosen. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration implements WebMvcConfigurer {

	static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(DestekTime.ZONE);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("destek-lang");
		resolver.setDefaultLocale(TURKISH);
		resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		// pages: ?lang= switches the language and remembers it in a cookie
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
		// APIs are stateless: ?lang=, then Accept-Language, then Turkish; no cookie
		registry.addInterceptor(new ApiLanguageInterceptor()).addPathPatterns("/api/**");
	}

	/** Only the zone is fixed here; see {@link DestekTime}. */
	static ZoneId zone() {
		return DestekTime.ZONE;
	}

}
