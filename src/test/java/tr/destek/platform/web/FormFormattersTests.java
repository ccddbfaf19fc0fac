package tr.destek.platform.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.ServletWebRequest;

import tr.destek.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is bound once for every form (issue 11 point 7): every TL amount field of every
 * form object of every module — found on the class path, so a new form is checked without
 * being listed — takes {@code 1.234,56} as 1234.56 through the pages' binder set-up, and
 * a text that is no amount is an error next to that field with its message, never an
 * exception (a 500).
 */
@IntegrationTest
class FormFormattersTests {

	@Autowired
	GlobalControllerAdvice advice;

	@Autowired
	MessageSource messages;

	@Autowired
	@Qualifier("mvcConversionService")
	FormattingConversionService conversions;

	record FormField(Class<?> form, String property) {
	}

	static List<FormField> moneyFields() throws ClassNotFoundException {
		return fields(BigDecimal.class);
	}

	static List<FormField> fields(Class<?> propertyType) throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().contains(".web.")
				&& reader.getClassMetadata().isConcrete());
		List<FormField> fields = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("tr.destek")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(),
					FormFormattersTests.class.getClassLoader());
			if (type.getName().contains("Tests") || !hasNoArgumentConstructor(type)) {
				continue;
			}
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getPropertyType() == propertyType && property.getWriteMethod() != null) {
					fields.add(new FormField(type, property.getName()));
				}
			}
		}
		return fields;
	}

	private static Object instantiate(Class<?> type) {
		try {
			return BeanUtils.instantiateClass(type.getDeclaredConstructor());
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean hasNoArgumentConstructor(Class<?> type) {
		try {
			type.getDeclaredConstructor();
			return !Modifier.isAbstract(type.getModifiers());
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private BindingResult bind(FormField field, String typed) {
		Object form = instantiate(field.form());
		WebDataBinder binder = new WebDataBinder(form, "form");
		binder.setConversionService(this.conversions);
		this.advice.initBinder(binder, new ServletWebRequest(new MockHttpServletRequest("POST", "/form")));
		MutablePropertyValues values = new MutablePropertyValues();
		values.add(field.property(), typed);
		binder.bind(values);
		return binder.getBindingResult();
	}

	@Test
	void everyMoneyFieldTakesTurkishNotation() throws Exception {
		List<FormField> fields = moneyFields();
		// the forms of enterprise, kosgeb, loan and payment have amounts today
		assertThat(fields).extracting(f -> f.form().getPackageName())
			.contains("tr.destek.enterprise.web", "tr.destek.kosgeb.web", "tr.destek.loan.web",
					"tr.destek.payment.web");
		for (FormField field : fields) {
			BindingResult result = bind(field, "1.234,56");
			assertThat(result.hasErrors()).as(field.toString()).isFalse();
			assertThat((BigDecimal) result.getRawFieldValue(field.property())).as(field.toString())
				.isEqualByComparingTo("1234.56");
			assertThat((BigDecimal) bind(field, "1234.56").getRawFieldValue(field.property())).as(field.toString())
				.isEqualByComparingTo("1234.56");
		}
	}

	@Test
	void aTextThatIsNoAmountIsAnErrorNextToItsFieldWithItsMessage() throws Exception {
		for (FormField field : moneyFields()) {
			BindingResult result = bind(field, "12,34,5");
			FieldError error = result.getFieldError(field.property());
			assertThat(error).as(field.toString()).isNotNull();
			assertThat(error.getRejectedValue()).isEqualTo("12,34,5");
			assertThat(this.messages.getMessage(error, Locale.forLanguageTag("tr-TR"))).as(field.toString())
				.isNotBlank()
				.doesNotContain("typeMismatch");
		}
	}

	@Test
	void everyDateFieldTakesTheIsoDateOfADateInput() throws Exception {
		List<FormField> fields = fields(LocalDate.class);
		// the date fields of the forms of board, calendar, credit, enterprise, kosgeb,
		// loan,
		// monitoring and payment today
		assertThat(fields).hasSizeGreaterThanOrEqualTo(15)
			.extracting(f -> f.form().getSimpleName())
			.contains("HolidayFormData", "DeadlineFormData", "SubsidyCalculatorFormData", "TerminationFormData");
		for (FormField field : fields) {
			BindingResult result = bind(field, "2026-03-15");
			assertThat(result.hasErrors()).as(field.toString()).isFalse();
			assertThat(result.getRawFieldValue(field.property())).as(field.toString())
				.isEqualTo(LocalDate.of(2026, 3, 15));
			assertThat(bind(field, "15/03/2026").getFieldError(field.property())).as(field.toString()).isNotNull();
		}
	}

}
