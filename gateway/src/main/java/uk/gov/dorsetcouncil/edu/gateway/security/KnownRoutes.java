package uk.gov.dorsetcouncil.edu.gateway.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

/**
 * What the gateway knows of the API's paths from its scope rules ({@link HandlerScopes},
 * {@link RouteScopes}), so that a refused request is told the truth: a path the API does
 * not have is 404, a method a path does not take is 405 with the methods it does, and
 * only a request for something that exists is 403 for want of a scope. A service's own
 * paths below its prefix are known to the service, which answers 404 itself.
 */
final class KnownRoutes {

	/** Whether a refused request is for a path or method that does not exist. */
	sealed interface Verdict permits Unknown, WrongMethod, Exists {

	}

	/** No such path. */
	record Unknown() implements Verdict {
	}

	/** The path exists for other methods. */
	record WrongMethod(Set<HttpMethod> allowed) implements Verdict {
	}

	/** The path exists for this method: a refusal is about rights. */
	record Exists() implements Verdict {
	}

	private KnownRoutes() {
	}

	static Verdict of(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (String handlerPath : HandlerScopes.PATHS) {
			if (parse(handlerPath).matches(container)) {
				return verdict(method,
						HandlerScopes.ALL.stream()
							.filter((rule) -> parse(rule.pattern()).matches(container))
							.map(HandlerScopes::method)
							.toList());
			}
		}
		for (PlatformService service : PlatformService.values()) {
			if (parse(service.pathPattern()).matches(container)) {
				return verdict(method,
						RouteScopes.ALL.stream()
							.filter((rule) -> rule.service() == service && parse(rule.pathPattern()).matches(container))
							.map(RouteScopes::method)
							.toList());
			}
		}
		return new Exists();
	}

	private static Verdict verdict(HttpMethod method, List<HttpMethod> methods) {
		if (methods.isEmpty()) {
			return new Unknown();
		}
		if (methods.contains(method)) {
			return new Exists();
		}
		Set<HttpMethod> allowed = new LinkedHashSet<>(methods);
		return new WrongMethod(allowed);
	}

	private static PathPattern parse(String pattern) {
		return PathPatternParser.defaultInstance.parse(pattern);
	}

}
