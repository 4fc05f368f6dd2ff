package uk.gov.dorsetcouncil.edu.platform.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Link} header of a page (RFC 8288): {@code first}, {@code prev}, {@code next}
 * and {@code last}, each the request's own URI with its {@code page} and {@code size} set
 * and every other parameter kept. Plain {@link URI}s, so that the servlet services and
 * the reactive gateway build the same header.
 */
public final class PageLinks {

	private PageLinks() {
	}

	/**
	 * @param request the URI the page was asked with (path and query as sent)
	 * @param page the page answered
	 * @return the header's value
	 */
	public static String header(URI request, Page<?> page) {
		long last = Math.min(page.lastPage(), PageRequest.MAX_OFFSET / page.size());
		List<String> links = new ArrayList<>();
		links.add(link(request, 0, page.size(), "first"));
		if (page.page() > 0) {
			links.add(link(request, Math.min(page.page() - 1, last), page.size(), "prev"));
		}
		if (page.page() < last) {
			links.add(link(request, page.page() + 1, page.size(), "next"));
		}
		links.add(link(request, last, page.size(), "last"));
		return String.join(", ", links);
	}

	private static String link(URI request, long page, int size, String relation) {
		StringBuilder query = new StringBuilder();
		String raw = request.getRawQuery();
		if (raw != null) {
			for (String parameter : raw.split("&")) {
				String name = parameter.split("=", 2)[0];
				if (!parameter.isEmpty() && !name.equals("page") && !name.equals("size")) {
					query.append(parameter).append('&');
				}
			}
		}
		query.append("page=").append(page).append("&size=").append(size);
		return "<" + request.getRawPath() + "?" + query + ">; rel=\"" + relation + "\"";
	}

}
