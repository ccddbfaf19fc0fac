package tr.destek.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every HTML page a MockMvc test receives is checked for raw codes ({@link RawCodes}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class RawCodeCheckConfiguration {

	@Bean
	MockMvcBuilderCustomizer rawCodeCheck() {
		return builder -> builder.alwaysExpect(RawCodes.noneOnThePage());
	}

}
