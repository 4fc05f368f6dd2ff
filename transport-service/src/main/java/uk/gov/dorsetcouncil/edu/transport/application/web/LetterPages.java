package uk.gov.dorsetcouncil.edu.transport.application.web;

import java.util.Map;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import uk.gov.dorsetcouncil.edu.transport.application.DecisionLetter;

/**
 * Decision letters as HTML pages, from the same data the API returns. Thymeleaf escapes
 * every value it writes, so reasons typed by an officer or grounds given by a family
 * cannot become markup (ADR 0038).
 */
final class LetterPages {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	LetterPages() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("letters/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
	}

	String render(DecisionLetter letter) {
		return this.engine.process("decision-letter", new Context(null, Map.of("letter", letter)));
	}

}
