package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A controller that takes a {@link PageRequest} and answers a {@link Page}. */
class PagingWebTest {

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Numbers())
		.setCustomArgumentResolvers(new PageRequestArgumentResolver())
		.setControllerAdvice(new ProblemDetailsAdvice(), new PageLinksAdvice())
		.build();

	@Test
	void aPageComesWithItsTotalAndItsLinks() throws Exception {
		this.mvc.perform(get("/api/v1/numbers?size=3&page=1&sort=-value"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[0]").value(6))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(3))
			.andExpect(jsonPath("$.total").value(10))
			.andExpect(header().string("Link",
					"</api/v1/numbers?sort=-value&page=0&size=3>; rel=\"first\", "
							+ "</api/v1/numbers?sort=-value&page=0&size=3>; rel=\"prev\", "
							+ "</api/v1/numbers?sort=-value&page=2&size=3>; rel=\"next\", "
							+ "</api/v1/numbers?sort=-value&page=3&size=3>; rel=\"last\""));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "page=-1 | page", "page=2147483647 | page", "size=0 | size",
			"size=1000000000 | size", "size=99999999999999999999 | size", "sort=unknown | sort", "page=x | page" })
	void badValuesAreProblemsNamingTheParameter(String query, String field) throws Exception {
		this.mvc.perform(get("/api/v1/numbers?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.type").value("/problems/invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	@RestController
	static class Numbers {

		@GetMapping("/api/v1/numbers")
		Page<Integer> numbers(@Paged(sort = "value") PageRequest page) {
			Comparator<Integer> order = page.sort().get(0).descending() ? Comparator.reverseOrder()
					: Comparator.naturalOrder();
			List<Integer> all = IntStream.range(0, 10).boxed().sorted(order).toList();
			return Page.of(all, page);
		}

	}

}
