package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * REST plumbing for every service: problem details, the caller-context check, and the one
 * paging shape ({@code PageRequest} parameters, {@code Link} headers on pages) and the
 * children each list releases, named to the gateway's audit. Runs before Spring MVC's own
 * configuration so that Boot's generic problem-details handler backs off and every
 * refusal, binding failures included, names its fields.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration {

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	FilterRegistrationBean<CallerContextFilter> callerContextFilter() {
		FilterRegistrationBean<CallerContextFilter> registration = new FilterRegistrationBean<>(
				new CallerContextFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	PageLinksAdvice pageLinksAdvice() {
		return new PageLinksAdvice();
	}

	@Bean
	ReleasedChildren releasedChildren() {
		return new ReleasedChildren();
	}

	@Bean
	WebMvcConfigurer callerAndPageArguments() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
				resolvers.add(new PageRequestArgumentResolver());
			}
		};
	}

}
