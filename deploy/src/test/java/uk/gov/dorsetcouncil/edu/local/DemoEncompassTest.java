package uk.gov.dorsetcouncil.edu.local;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's Operation Encompass week: incidents within the past week and never ahead of
 * the clock, one on the last Friday evening, the rest about children on the demo rolls as
 * they are held, and three the platform cannot match with confidence.
 */
class DemoEncompassTest {

	private static final County COUNTY = County.demo();

	@ParameterizedTest(name = "loaded at {0}")
	@ValueSource(strings = { "2026-12-07T22:00:00Z", "2026-12-05T10:00:00Z", "2026-12-11T23:30:00Z",
			"2026-10-28T09:00:00Z" })
	void aWeekOfNotificationsWithAFridayEveningAndSomeUnmatched(String loadedAt) {
		Instant now = Instant.parse(loadedAt);
		List<Map<String, Object>> week = DemoEncompass.week(COUNTY, now);
		assertThat(week).hasSize(8);
		List<ZonedDateTime> times = week.stream()
			.map((n) -> Instant.parse(n.get("incidentAt").toString()).atZone(ZoneId.of("Europe/London")))
			.toList();
		assertThat(times).allSatisfy((at) -> {
			assertThat(at.toInstant()).isBefore(now).isAfter(now.minus(Duration.ofDays(8)));
		});
		assertThat(times.get(0).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(times.get(0).getHour()).isEqualTo(19);
		List<String> onRoll = COUNTY.pupils().stream().map((p) -> p.familyName() + "/" + p.givenName()).toList();
		assertThat(week).filteredOn((n) -> {
			Map<?, ?> child = (Map<?, ?>) n.get("child");
			return !onRoll.contains(child.get("familyName") + "/" + child.get("givenName"));
		}).hasSize(3);
	}

}
