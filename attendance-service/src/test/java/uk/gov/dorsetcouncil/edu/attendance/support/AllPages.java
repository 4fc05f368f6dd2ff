package uk.gov.dorsetcouncil.edu.attendance.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/** Every item of a paged list, read a page of the largest size at a time. */
public final class AllPages {

	private AllPages() {
	}

	public static <T> List<T> of(Function<PageRequest, Page<T>> list) {
		List<T> all = new ArrayList<>();
		for (int page = 0;; page++) {
			Page<T> found = list.apply(new PageRequest(page, PageRequest.MAX_SIZE, List.of()));
			all.addAll(found.items());
			if (page >= found.lastPage()) {
				return all;
			}
		}
	}

}
