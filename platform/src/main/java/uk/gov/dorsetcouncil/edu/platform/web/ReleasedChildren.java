package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageEnvelope;

/**
 * Every answer that lists children ({@link Page}s of {@link ReleasedChild} items, bare or
 * in a {@link PageEnvelope}, and {@link ReleasedChild.Listing}s) leaves with the headers
 * {@link CallerHeaders#RELEASED_CHILDREN} and {@link CallerHeaders#RELEASED_SCHOOLS}, so
 * the gateway records each child released without reading the body. It is worked out from
 * the body as written, after the controller, so nothing a client sends can make a list
 * leave without it; the gateway removes both headers before the answer goes on.
 */
@RestControllerAdvice
public class ReleasedChildren implements ResponseBodyAdvice<Object> {

	/** The path variable that names the school of a {@code /schools/{urn}/...} answer. */
	private static final String PATH_SCHOOL = "urn";

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		Iterable<?> items = items(body);
		if (items != null) {
			headers(items, pathSchool(request)).forEach(response.getHeaders()::set);
		}
		return body;
	}

	/**
	 * The items of an answer that may list children, or null when it cannot.
	 */
	static Iterable<?> items(Object body) {
		if (body instanceof PageEnvelope envelope) {
			return envelope.contents().items();
		}
		if (body instanceof Page<?> page) {
			return page.items();
		}
		if (body instanceof ReleasedChild.Listing listing) {
			return listing.releasedChildren();
		}
		return null;
	}

	/**
	 * The headers that name the children among {@code items} and their schools (each
	 * child's own, or else {@code pathSchool}); none when no item is a child.
	 */
	public static Map<String, String> headers(Iterable<?> items, String pathSchool) {
		Set<String> children = new LinkedHashSet<>();
		Set<String> schools = new LinkedHashSet<>();
		for (Object item : items) {
			if (item instanceof ReleasedChild child && child.upn() != null) {
				children.add(child.upn());
				String school = (child.urn() != null) ? child.urn() : pathSchool;
				if (school != null) {
					schools.add(school);
				}
			}
		}
		Map<String, String> headers = new LinkedHashMap<>();
		if (!children.isEmpty()) {
			headers.put(CallerHeaders.RELEASED_CHILDREN, String.join(" ", children));
		}
		if (!schools.isEmpty()) {
			headers.put(CallerHeaders.RELEASED_SCHOOLS, String.join(" ", schools));
		}
		return headers;
	}

	private static String pathSchool(ServerHttpRequest request) {
		if (request instanceof ServletServerHttpRequest servlet
				&& servlet.getServletRequest()
					.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get(PATH_SCHOOL) instanceof String urn) {
			return urn;
		}
		return null;
	}

}
