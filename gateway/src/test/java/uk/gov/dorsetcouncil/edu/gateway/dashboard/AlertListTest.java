package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AlertListTest {

	private static final AlertList PAGE = new AlertList("academic year to date", "2026-11-23T09:00:00Z", 0, 100, 3,
			List.of(new AlertList.Alert("SEVERE_ABSENCE", "990126", "B", "Cara Bell", 9, "2026-10-01", "why"),
					new AlertList.Alert("PERSISTENT_ABSENCE", "990027", "A", "Ann Ames", 3, "2026-09-20", "why"),
					new AlertList.Alert("UNRESOLVED_N", "990027", "C", "Bob Cole", 5, null, "why")));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SINCE      | A B C
			since      | A B C
			SCHOOL     | A C B
			NAME       | A C B
			YEAR_GROUP | A C B
			TYPE       | A B C
			nonsense   | A B C
			""")
	void aPageIsShownInTheOrderChosen(String order, String upns) {
		assertThat(PAGE.sorted(AlertList.Order.named(order)).alerts()).extracting(AlertList.Alert::upn)
			.containsExactly(upns.split(" "));
	}

}
