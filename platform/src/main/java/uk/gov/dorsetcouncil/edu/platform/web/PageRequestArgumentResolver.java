package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.paging.Sorting;

/**
 * Lets a controller method take a {@link PageRequest}: the {@code page}, {@code size} and
 * {@code sort} query parameters read as sent, each wrong one a 400 problem naming it
 * (never a 500, whatever the number).
 */
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

	private final Map<MethodParameter, Sorting> sortings = new ConcurrentHashMap<>();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageRequest.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return PageRequest.parse(webRequest.getParameter("page"), webRequest.getParameter("size"),
				webRequest.getParameter("sort"),
				this.sortings.computeIfAbsent(parameter, PageRequestArgumentResolver::sorting));
	}

	static Sorting sorting(MethodParameter parameter) {
		Paged paged = parameter.getParameterAnnotation(Paged.class);
		if (paged == null || paged.sort().length == 0) {
			return Sorting.FIXED;
		}
		return Sorting.by(paged.defaultSort().isEmpty() ? paged.sort()[0] : paged.defaultSort(), paged.sort());
	}

}
