package uk.gov.dorsetcouncil.edu.platform.web;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageLinks;

/**
 * Every {@link Page} a controller answers leaves with its {@code Link} header (first,
 * prev, next, last; RFC 8288), so no controller builds one.
 */
@RestControllerAdvice
public class PageLinksAdvice implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof Page<?> page) {
			URI uri = request.getURI();
			response.getHeaders().add(HttpHeaders.LINK, PageLinks.header(uri, page));
		}
		return body;
	}

}
