package tr.destek.platform.pdf;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

/**
 * The texts of the PDF layout (page numbers, "generated at", registry number) live in
 * their own bundle {@code i18n/pdf}; this adds it to the application's message source so
 * that {@code #{pdf...}} resolves in every template, whether or not
 * {@code spring.messages.basename} lists it.
 */
@Configuration(proxyBeanMethods = false)
class PdfMessagesConfiguration {

	static final String BASENAME = "i18n/pdf";

	@Bean
	static BeanPostProcessor pdfMessagesRegistrar() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource source
						&& !source.getBasenameSet().contains(BASENAME)) {
					source.addBasenames(BASENAME);
				}
				return bean;
			}
		};
	}

}
