package tr.destek.calendar.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The calculation API answers in the request's language ({@link ApiLanguageInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ApiLanguageInterceptor()).addPathPatterns("/api/v1/calculations/deadline");
	}

}
