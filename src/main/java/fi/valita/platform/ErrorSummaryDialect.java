package fi.valita.platform;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/** Adds {@link ErrorSummaryLinks} to every HTML page Thymeleaf renders (Spring Boot picks up dialect beans). */
@Component
class ErrorSummaryDialect extends AbstractDialect implements IPostProcessorDialect {

    ErrorSummaryDialect() {
        super("Error summary links");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, ErrorSummaryLinks.class, 1000));
    }
}
