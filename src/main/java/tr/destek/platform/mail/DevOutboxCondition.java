package tr.destek.platform.mail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The development outbox exists only when {@code destek.mail.dev-outbox=true} and no SMTP
 * server is configured ({@code spring.mail.host} unset or blank). The property is set by
 * the {@code demo} profile only; {@code application.properties} never sets it.
 */
class DevOutboxCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean enabled = context.getEnvironment().getProperty("destek.mail.dev-outbox", Boolean.class, false);
		String smtpHost = context.getEnvironment().getProperty("spring.mail.host", "");
		return enabled && smtpHost.isBlank();
	}

}
