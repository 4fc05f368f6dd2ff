package uk.gov.dorsetcouncil.edu.platform.paging;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageRequestTest {

	static final Sorting PUPILS = Sorting.by("familyName,givenName", "familyName", "givenName", "dateOfBirth");

	@ParameterizedTest(name = "page={0} size={1} sort={2} -> page {3} of {4}, offset {5}, order {6}")
	@CsvSource(nullValues = "null", value = { "null, null, null, 0, 50, 0, familyName givenName",
			"0, 1, null, 0, 1, 0, familyName givenName", "3, 20, null, 3, 20, 60, familyName givenName",
			"' 2 ', 100, null, 2, 100, 200, familyName givenName",
			"1000, 100, null, 1000, 100, 100000, familyName givenName",
			"100000, 1, null, 100000, 1, 100000, familyName givenName", "0, 10, -dateOfBirth, 0, 10, 0, -dateOfBirth",
			"0, 10, 'givenName,-familyName', 0, 10, 0, givenName -familyName" })
	void acceptsWhatIsWithinTheLimits(String page, String size, String sort, int expectedPage, int expectedSize,
			long offset, String order) {
		PageRequest request = PageRequest.parse(page, size, sort, PUPILS);
		assertThat(request.page()).isEqualTo(expectedPage);
		assertThat(request.size()).isEqualTo(expectedSize);
		assertThat(request.offset()).isEqualTo(offset);
		assertThat(String.join(" ", request.sort().stream().map(SortField::toString).toList())).isEqualTo(order);
	}

	/** Every bad value is a 400 naming its parameter, never a 500 or a silent default. */
	@ParameterizedTest(name = "page={0} size={1} sort={2} -> {3}")
	@CsvSource(nullValues = "null", delimiter = '|', quoteCharacter = '"', value = {
			"-1 | null | null | page | pages are numbered from 0, not -1",
			"2147483647 | null | null | page | page 2147483647 of 50 starts 107374182350 items in",
			"2147483647 | 1 | null | page | page 2147483647 of 1 starts 2147483647 items in",
			"99999999999 | null | null | page | '99999999999' is not a whole number in range",
			"1001 | 100 | null | page | lists are paged up to 100000 items in",
			"one | null | null | page | 'one' is not a whole number in range",
			"1.5 | null | null | page | '1.5' is not a whole number in range",
			"null | 0 | null | size | a page holds 1 to 100 items, not 0",
			"null | -5 | null | size | a page holds 1 to 100 items, not -5",
			"null | 101 | null | size | a page holds 1 to 100 items, not 101",
			"null | 1000000000 | null | size | a page holds 1 to 100 items, not 1000000000",
			"null | 1e9 | null | size | '1e9' is not a whole number in range",
			"null | null | unknown | sort | 'unknown' is not a field this list is sorted by; use one or more of familyName, givenName, dateOfBirth",
			"null | null | familyName, | sort | '' is not a field this list is sorted by",
			"null | null | -familyName,familyName | sort | 'familyName' is named twice",
			"null | null | $where | sort | '$where' is not a field" })
	void refusesWhatIsNot(String page, String size, String sort, String field, String detail) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> PageRequest.parse(page, size, sort, PUPILS))
			.satisfies((problem) -> {
				assertThat(problem.problem()).isEqualTo(Problem.INVALID_INPUT);
				assertThat(problem.violations()).extracting(Violation::field).containsExactly(field);
				assertThat(problem.violations().get(0).detail()).contains(detail);
			});
	}

	@Test
	void everyWrongParameterIsNamedAtOnce() {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> PageRequest.parse("-1", "0", "x", PUPILS))
			.satisfies((problem) -> assertThat(problem.violations()).extracting(Violation::field)
				.containsExactly("page", "size", "sort"));
	}

	@Test
	void aListWithOneOrderRefusesToBeSorted() {
		assertThat(PageRequest.parse(null, null, null, Sorting.FIXED).sort()).isEmpty();
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> PageRequest.parse(null, null, "name", Sorting.FIXED))
			.withMessage("sort: this list has one order and cannot be sorted");
	}

	@Test
	void aDefaultOrderOutsideTheAllowedFieldsIsAMistakeInTheCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> Sorting.by("name", "familyName"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(0, 101, List.of()));
	}

	@ParameterizedTest(name = "{0} items, page {1} of {2} -> {3}, last page {4}")
	@CsvSource({ "0, 0, 10, '', 0", "5, 0, 10, 0 1 2 3 4, 0", "25, 1, 10, 10 11 12 13 14 15 16 17 18 19, 2",
			"25, 2, 10, 20 21 22 23 24, 2", "25, 3, 10, '', 2", "20, 1, 10, 10 11 12 13 14 15 16 17 18 19, 1" })
	void aPageOfAListHeldInMemory(int total, int page, int size, String items, long lastPage) {
		List<Integer> all = java.util.stream.IntStream.range(0, total).boxed().toList();
		Page<Integer> shown = Page.of(all, new PageRequest(page, size, List.of()));
		assertThat(String.join(" ", shown.items().stream().map(String::valueOf).toList())).isEqualTo(items);
		assertThat(shown.total()).isEqualTo(total);
		assertThat(shown.lastPage()).isEqualTo(lastPage);
	}

}
