package uk.gov.dorsetcouncil.edu.platform.paging;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 8288 links of a page, each the request's own URI with its page and size. */
class PageLinksTest {

	@ParameterizedTest(name = "{0}: page {1} of {2} items")
	@CsvSource(delimiter = '|', value = {
			"/api/v1/x | 0 | 25 | </api/v1/x?page=0&size=10>; rel=\"first\", </api/v1/x?page=1&size=10>; rel=\"next\", </api/v1/x?page=2&size=10>; rel=\"last\"",
			"/api/v1/x?page=1&size=10 | 1 | 25 | </api/v1/x?page=0&size=10>; rel=\"first\", </api/v1/x?page=0&size=10>; rel=\"prev\", </api/v1/x?page=2&size=10>; rel=\"next\", </api/v1/x?page=2&size=10>; rel=\"last\"",
			"/api/v1/x?school=990027&page=2&sort=-name&size=10 | 2 | 25 | </api/v1/x?school=990027&sort=-name&page=0&size=10>; rel=\"first\", </api/v1/x?school=990027&sort=-name&page=1&size=10>; rel=\"prev\", </api/v1/x?school=990027&sort=-name&page=2&size=10>; rel=\"last\"",
			"/api/v1/x?page=0 | 0 | 0 | </api/v1/x?page=0&size=10>; rel=\"first\", </api/v1/x?page=0&size=10>; rel=\"last\"",
			"/api/v1/x?page=9 | 9 | 25 | </api/v1/x?page=0&size=10>; rel=\"first\", </api/v1/x?page=2&size=10>; rel=\"prev\", </api/v1/x?page=2&size=10>; rel=\"last\"",
			"/api/v1/x?q=a%26b&page=0 | 0 | 11 | </api/v1/x?q=a%26b&page=0&size=10>; rel=\"first\", </api/v1/x?q=a%26b&page=1&size=10>; rel=\"next\", </api/v1/x?q=a%26b&page=1&size=10>; rel=\"last\"" })
	void linksToTheNeighboursOfAPage(String request, int page, long total, String header) {
		Page<String> answered = new Page<>(List.of(), page, 10, total);
		assertThat(PageLinks.header(URI.create(request), answered)).isEqualTo(header);
	}

	@ParameterizedTest(name = "{0} items")
	@CsvSource({ "1000000", "2000000000" })
	void theLastLinkStaysWithinWhatCanBePaged(long total) {
		Page<String> answered = new Page<>(List.of(), 0, 100, total);
		assertThat(PageLinks.header(URI.create("/x"), answered)).endsWith("</x?page=1000&size=100>; rel=\"last\"");
	}

}
