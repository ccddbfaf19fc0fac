package tr.destek.platform.web;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Marks every invalid field of every page for assistive technology: an {@code input},
 * {@code select} or {@code textarea} rendered with the {@code is-invalid} class (by
 * {@code th:errorclass} or by hand) gets {@code aria-invalid="true"}. Done once, after
 * the template is processed, so no form can forget it (issue 10 point 11).
 */
@org.springframework.stereotype.Component
public class AriaInvalidDialect extends AbstractDialect implements IPostProcessorDialect {

	private static final Set<String> FIELDS = Set.of("input", "select", "textarea");

	public AriaInvalidDialect() {
		super("destek-aria-invalid");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
	}

	/** Adds {@code aria-invalid} to invalid fields as the events stream by. */
	public static class Handler extends AbstractTemplateHandler {

		@Override
		public void handleStandaloneElement(IStandaloneElementTag tag) {
			super.handleStandaloneElement(mark(tag));
		}

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			super.handleOpenElement(mark(tag));
		}

		private <T extends IProcessableElementTag> T mark(T tag) {
			if (!FIELDS.contains(tag.getElementCompleteName().toLowerCase(java.util.Locale.ROOT))
					|| tag.hasAttribute("aria-invalid")) {
				return tag;
			}
			String classes = tag.getAttributeValue("class");
			if (classes == null || !(" " + classes + " ").contains(" is-invalid ")) {
				return tag;
			}
			IModelFactory factory = getContext().getModelFactory();
			return factory.setAttribute(tag, "aria-invalid", "true");
		}

	}

}
