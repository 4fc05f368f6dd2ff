package uk.gov.dorsetcouncil.edu.platform.web;

import java.beans.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * The query parameters a handler method takes, read from what it declares, so that no
 * list of names is kept by hand: each {@code @RequestParam} (its name, or the Java
 * parameter's), each field of a parameter object ({@code @ParameterObject} or
 * {@code @ModelAttribute}: a record's components or a bean's properties), and
 * {@link QueryParameters} on the method, on a parameter or on its type. A handler that
 * takes a {@code @RequestParam Map} takes any parameter. The same for the services'
 * Spring MVC handlers and the gateway's WebFlux ones.
 */
public final class QueryParameterNames {

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final Map<HandlerMethod, Optional<Set<String>>> cache = new ConcurrentHashMap<>();

	/**
	 * The names a handler takes, or empty when it takes any name (a map of parameters).
	 */
	public Optional<Set<String>> of(HandlerMethod handler) {
		return this.cache.computeIfAbsent(handler, QueryParameterNames::declared);
	}

	static Optional<Set<String>> declared(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		QueryParameters onMethod = handler.getMethodAnnotation(QueryParameters.class);
		if (onMethod != null) {
			names.addAll(Arrays.asList(onMethod.value()));
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(NAMES);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (Map.class.isAssignableFrom(parameter.getParameterType())) {
					return Optional.empty();
				}
				String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				names.add(name);
				continue;
			}
			if (PageRequest.class.equals(parameter.getParameterType())) {
				// The paging parameters PageRequestArgumentResolver reads.
				names.addAll(PAGING);
			}
			QueryParameters onParameter = parameter.getParameterAnnotation(QueryParameters.class);
			if (onParameter != null) {
				names.addAll(Arrays.asList(onParameter.value()));
			}
			QueryParameters onType = parameter.getParameterType().getAnnotation(QueryParameters.class);
			if (onType != null) {
				names.addAll(Arrays.asList(onType.value()));
			}
			if (parameter.hasParameterAnnotation(ModelAttribute.class) || isParameterObject(parameter)) {
				names.addAll(fields(parameter.getParameterType()));
			}
		}
		return Optional.of(Set.copyOf(names));
	}

	/** springdoc's {@code @ParameterObject}, by name: springdoc is the services' own. */
	private static boolean isParameterObject(MethodParameter parameter) {
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (annotation.annotationType().getSimpleName().equals("ParameterObject")) {
				return true;
			}
		}
		return parameter.getParameterType().getAnnotations().length > 0
				&& Arrays.stream(parameter.getParameterType().getAnnotations())
					.anyMatch((annotation) -> annotation.annotationType().getSimpleName().equals("ParameterObject"));
	}

	private static Set<String> fields(Class<?> type) {
		Set<String> fields = new TreeSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				fields.add(component.getName());
			}
			return fields;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				fields.add(property.getName());
			}
		}
		return fields;
	}

}
