package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageEnvelope;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Lists tell the gateway which children they released, from the body they answer. */
class ReleasedChildrenTest {

	static final String A = "A123456789012";

	static final String B = "B123456789012";

	final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Lists())
		.setControllerAdvice(new ReleasedChildren())
		.build();

	record Pupil(String upn, String name) implements ReleasedChild {
	}

	record Alert(String urn, String upn) implements ReleasedChild {
	}

	record Figure(String area, int value) {
	}

	record Mark(String upn, String code) implements ReleasedChild {
	}

	record Register(String urn, List<Mark> marks) implements ReleasedChild.Listing {

		@Override
		public Iterable<? extends ReleasedChild> releasedChildren() {
			return this.marks;
		}

	}

	record Listed(String asOf, @JsonUnwrapped Page<Alert> contents) implements PageEnvelope {
	}

	@RestController
	static class Lists {

		@GetMapping("/schools/{urn}/pupils")
		Page<Pupil> roll(@PathVariable String urn) {
			return Page.of(List.of(new Pupil(A, "Ada"), new Pupil(B, "Ben"), new Pupil(A, "Ada")),
					new PageRequest(0, 10, List.of()), 3);
		}

		@GetMapping("/alerts")
		Listed alerts() {
			return new Listed("2026-11-23", Page.of(List.of(new Alert("100001", A), new Alert("100002", B)),
					new PageRequest(0, 10, List.of()), 2));
		}

		@GetMapping("/schools/{urn}/registers/today")
		Register register(@PathVariable String urn) {
			return new Register(urn, List.of(new Mark(B, "/"), new Mark(A, "N")));
		}

		@GetMapping("/figures")
		Page<Figure> figures() {
			return Page.of(List.of(new Figure("county", 662)), new PageRequest(0, 10, List.of()), 1);
		}

		@GetMapping("/schools/{urn}/pupils/none")
		Page<Pupil> none(@PathVariable String urn) {
			return Page.of(List.of(), new PageRequest(0, 10, List.of()), 0);
		}

	}

	@Test
	void aRollNamesEachChildOnceAndTheSchoolItsPathNamesAndTheBodyGainsNothing() throws Exception {
		this.mvc.perform(get("/schools/100001/pupils"))
			.andExpect(status().isOk())
			.andExpect(header().string(CallerHeaders.RELEASED_CHILDREN, A + " " + B))
			.andExpect(header().string(CallerHeaders.RELEASED_SCHOOLS, "100001"))
			.andExpect(jsonPath("$.items[0].urn").doesNotExist())
			.andExpect(jsonPath("$.items[0].name").value("Ada"));
	}

	@Test
	void aListAcrossSchoolsNamesEachChildsOwnSchool() throws Exception {
		this.mvc.perform(get("/alerts"))
			.andExpect(header().string(CallerHeaders.RELEASED_CHILDREN, A + " " + B))
			.andExpect(header().string(CallerHeaders.RELEASED_SCHOOLS, "100001 100002"));
	}

	@Test
	void anAnswerThatListsChildrenWithoutBeingAPageNamesThemToo() throws Exception {
		this.mvc.perform(get("/schools/100003/registers/today"))
			.andExpect(header().string(CallerHeaders.RELEASED_CHILDREN, B + " " + A))
			.andExpect(header().string(CallerHeaders.RELEASED_SCHOOLS, "100003"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/figures", "/schools/100001/pupils/none" })
	void anAnswerThatReleasesNoChildNamesNone(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(CallerHeaders.RELEASED_CHILDREN))
			.andExpect(header().doesNotExist(CallerHeaders.RELEASED_SCHOOLS));
	}

	@Test
	void whatAClientSendsCannotTakeAChildOffTheList() throws Exception {
		this.mvc
			.perform(get("/schools/100001/pupils?released=").header(CallerHeaders.RELEASED_CHILDREN, "")
				.header(CallerHeaders.RELEASED_SCHOOLS, "999999"))
			.andExpect(header().string(CallerHeaders.RELEASED_CHILDREN, A + " " + B))
			.andExpect(header().string(CallerHeaders.RELEASED_SCHOOLS, "100001"));
	}

	@Test
	void theHeadersAreWorkedOutFromTheItemsAlone() {
		assertThat(ReleasedChildren.headers(Arrays.asList(new Pupil(A, "Ada"), null, new Figure("x", 1)), null))
			.isEqualTo(Map.of(CallerHeaders.RELEASED_CHILDREN, A));
		assertThat(ReleasedChildren.headers(List.of(new Alert("100002", B), new Pupil(A, "Ada")), "100001"))
			.containsEntry(CallerHeaders.RELEASED_CHILDREN, B + " " + A)
			.containsEntry(CallerHeaders.RELEASED_SCHOOLS, "100002 100001");
	}

}
