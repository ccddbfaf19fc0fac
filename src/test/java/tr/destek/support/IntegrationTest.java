package tr.destek.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import tr.destek.platform.LockedTestJob;

/**
 * A full application context on the test PostgreSQL, with a random port for browser
 * tests, e-mail going to the test SMTP server ({@link TestMail}) and one test-only
 * scheduled job ({@link LockedTestJob}); every HTML page a test receives is checked for
 * raw codes ({@link RawCodes}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestMailConfiguration.class, LockedTestJob.class,
		RawCodeCheckConfiguration.class })
@ActiveProfiles("test")
public @interface IntegrationTest {

}
