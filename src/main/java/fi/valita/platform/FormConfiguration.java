package fi.valita.platform;

import fi.valita.shared.TypedNumber;
import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How forms are read: numbers as people type them ("24 km", "1 500", "2,5 h") wherever a form binds
 * a number, and every field checked in one go, so that people see all their mistakes at once.
 */
@Configuration(proxyBeanMethods = false)
class FormConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<jakarta.validation.Validator> beanValidator;

    FormConfiguration(ObjectProvider<jakarta.validation.Validator> beanValidator) {
        this.beanValidator = beanValidator;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(Integer.class, new WholeNumbers());
    }

    @Override
    public Validator getValidator() {
        return new WholeFormValidator(beanValidator);
    }

    /** Whole numbers: "24", "24 km", "1 500"; a form binds no sum of money to a whole number, so no euros. */
    static final class WholeNumbers implements Formatter<Integer> {

        @Override
        public Integer parse(String text, Locale locale) throws ParseException {
            return TypedNumber.wholeNumber(text, TypedNumber.Unit.notMoney())
                    .orElseThrow(() -> new ParseException(text, 0));
        }

        @Override
        public String print(Integer number, Locale locale) {
            return number.toString();
        }
    }

    /**
     * Bean Validation for forms that also checks the other fields when one of them cannot be
     * converted ("kaksi" in a number). Spring Boot's own MVC validator cannot validate single values,
     * so Spring then skips the other fields and their errors would come only on the next submit.
     */
    static final class WholeFormValidator implements SmartValidator {

        private final ObjectProvider<jakarta.validation.Validator> beanValidator;
        private @Nullable SpringValidatorAdapter adapter;

        WholeFormValidator(ObjectProvider<jakarta.validation.Validator> beanValidator) {
            this.beanValidator = beanValidator;
        }

        @Override
        public boolean supports(Class<?> type) {
            return adapter().supports(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            adapter().validate(target, errors);
        }

        @Override
        public void validate(Object target, Errors errors, Object... hints) {
            adapter().validate(target, errors, hints);
        }

        /** One field of a form that could not be made whole; its elements too when it is a list marked {@code @Valid}. */
        @Override
        public void validateValue(Class<?> type, @Nullable String field, @Nullable Object value, Errors errors,
                Object... hints) {
            adapter().validateValue(type, field, value, errors, hints);
            if (field != null && value instanceof List<?> elements && cascades(type, field)) {
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) != null) {
                        errors.pushNestedPath(field + "[" + i + "]");
                        adapter().validate(elements.get(i), errors, hints);
                        errors.popNestedPath();
                    }
                }
            }
        }

        /** Whether the field is a list of {@code @Valid} elements ({@code List<@Valid Row>}) or marked {@code @Valid} itself. */
        private static boolean cascades(Class<?> type, String field) {
            try {
                Field declared = type.getDeclaredField(field);
                return declared.isAnnotationPresent(Valid.class)
                        || declared.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized
                                && Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
                                        .anyMatch(argument -> argument.isAnnotationPresent(Valid.class));
            } catch (NoSuchFieldException e) {
                return false;
            }
        }

        @Override
        public <T> @Nullable T unwrap(@Nullable Class<T> type) {
            return adapter().unwrap(type);
        }

        /** Resolved on first use: the Bean Validation bean is made after the MVC configuration asks for this. */
        private SpringValidatorAdapter adapter() {
            if (adapter == null) {
                jakarta.validation.Validator validator = beanValidator.getObject();
                adapter = validator instanceof SpringValidatorAdapter spring ? spring : new SpringValidatorAdapter(validator);
            }
            return adapter;
        }
    }
}
