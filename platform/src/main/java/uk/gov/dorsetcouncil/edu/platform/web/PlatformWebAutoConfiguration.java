package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * REST plumbing for every service: problem details for every error, the request id, the
 * strict reading of queries and of unknown query parameters, the caller-context check,
 * and the one paging shape ({@code PageRequest} parameters, {@code Link} headers on
 * pages) and the children each list releases, named to the gateway's audit. Runs before
 * Spring MVC's own configuration so that Boot's generic problem-details handler backs off
 * and every refusal, binding failures included, names its fields.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
		"org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration {

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<StrictRequestFilter> strictQueryFilter() {
		FilterRegistrationBean<StrictRequestFilter> registration = new FilterRegistrationBean<>(
				new StrictRequestFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CallerContextFilter> callerContextFilter() {
		FilterRegistrationBean<CallerContextFilter> registration = new FilterRegistrationBean<>(
				new CallerContextFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * No service takes multipart bodies: a request that says it sends one is read as any
	 * other body, so its Content-Type is refused (415, naming what the operation reads)
	 * instead of failing to parse parts (a {@code multipart/form-data} without a boundary
	 * was a 500).
	 */
	@Bean(name = "multipartResolver")
	MultipartResolver multipartResolver() {
		return new MultipartResolver() {
			@Override
			public boolean isMultipart(HttpServletRequest request) {
				return false;
			}

			@Override
			public org.springframework.web.multipart.MultipartHttpServletRequest resolveMultipart(
					HttpServletRequest request) {
				throw new UnsupportedOperationException("no service takes multipart bodies");
			}

			@Override
			public void cleanupMultipart(org.springframework.web.multipart.MultipartHttpServletRequest request) {
			}
		};
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
	WebMvcConfigurer platformWebMvc() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
				resolvers.add(new PageRequestArgumentResolver());
			}

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new UnknownQueryParameters());
			}
		};
	}

	/**
	 * Tomcat's own refusals as problem answers ({@link ProblemErrorReportValve}), and
	 * query characters that RFC 3986 reserves but Tomcat would refuse before any filter
	 * ({@code [ ] { } | ^ ` " < > \}) let through to the strict query reading, which
	 * names the parameter.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TomcatServletWebServerFactory.class)
	static class TomcatProblems {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
			return new WebServerFactoryCustomizer<>() {
				@Override
				public void customize(TomcatServletWebServerFactory factory) {
					factory.addConnectorCustomizers(
							(connector) -> connector.setProperty("relaxedQueryChars", "[]{}|^`\"<>\\"));
					factory.addContextCustomizers((context) -> replaceErrorReport(context.getParent()));
				}
			};
		}

		static void replaceErrorReport(Container container) {
			if (!(container instanceof Host host)) {
				return;
			}
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ProblemErrorReportValve());
			if (host instanceof StandardHost standard) {
				// Otherwise the host adds Tomcat's own when it starts.
				standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		}

	}

}
