package uk.gov.dorsetcouncil.edu.send.sen2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentMeasures;
import uk.gov.dorsetcouncil.edu.send.assessment.NeedType;
import uk.gov.dorsetcouncil.edu.send.plan.CeaseReason;
import uk.gov.dorsetcouncil.edu.send.plan.Cessation;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.Locality;
import uk.gov.dorsetcouncil.edu.send.plan.PlacementType;
import uk.gov.dorsetcouncil.edu.send.plan.PlanContent;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;
import uk.gov.dorsetcouncil.edu.send.plan.PlanStatus;
import uk.gov.dorsetcouncil.edu.send.review.ReviewMeasures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEN2's census date, age groups, which plans are held on the day, and the table with
 * small numbers hidden for the Board analyst.
 */
class Sen2ReturnTest {

	static final LocalDate CENSUS = LocalDate.of(2027, 1, 21);

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			# year, third Thursday of January
			2025, 2025-01-16
			2026, 2026-01-15
			2027, 2027-01-21
			2028, 2028-01-20
			2032, 2032-01-15
			""")
	void theCensusIsTheThirdThursdayOfJanuary(int year, LocalDate census) {
		assertThat(CensusDate.of(year)).isEqualTo(census);
		assertThat(CensusDate.is(census)).isTrue();
		assertThat(CensusDate.is(census.plusDays(7))).isFalse();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			# today,    the latest census on or before
			2027-01-20, 2026-01-15
			2027-01-21, 2027-01-21
			2026-12-07, 2026-01-15
			""")
	void theDefaultCensusIsTheLatestOnOrBeforeToday(LocalDate today, LocalDate census) {
		assertThat(CensusDate.latestOnOrBefore(today)).isEqualTo(census);
	}

	@ParameterizedTest(name = "born {0}: {1}")
	@CsvSource(textBlock = """
			# born,     group at the census of 21 January 2027 (age on 31 August 2026)
			2022-09-01, UNDER_5
			2021-09-01, UNDER_5
			2021-08-31, AGED_5_TO_10
			2015-09-01, AGED_5_TO_10
			2015-08-31, AGED_11_TO_15
			2010-08-31, AGED_16_TO_19
			2006-09-01, AGED_16_TO_19
			2006-08-31, AGED_20_TO_25
			2000-09-01, AGED_20_TO_25
			2024-02-29, UNDER_5
			""")
	void ageGroupsCountAgeOnThe31AugustBeforeTheCensus(LocalDate born, AgeGroup group) {
		assertThat(AgeGroup.of(born, CENSUS)).isEqualTo(group);
	}

	@ParameterizedTest(name = "{0} issued {1} ceased {2}: held {3}")
	@CsvSource(textBlock = """
			# status, issued,     ceased,     held on 21 January 2027
			FINAL,    2026-05-01, ,           true
			FINAL,    2027-01-21, ,           true
			FINAL,    2027-01-22, ,           false
			DRAFT,    2026-05-01, ,           false
			CEASED,   2026-05-01, 2027-01-22, true
			CEASED,   2026-05-01, 2027-01-21, false
			CEASED,   2026-05-01, 2026-11-30, false
			CEASED,   2026-05-01, ,           false
			""")
	void whichPlansAreHeldOnTheCensusDate(PlanStatus status, LocalDate issued, LocalDate ceased, boolean held) {
		PlanRecord record = record(1, status, issued, ceased, null);
		assertThat(Sen2Return.heldOn(record, CENSUS)).isEqualTo(held);
	}

	@Test
	void everyBreakdownAddsUpToThePlansHeldAndPlansWithoutSectionsAreUnknown() {
		List<PlanRecord> records = new ArrayList<>();
		records.add(record(1, PlanStatus.FINAL, LocalDate.of(2025, 3, 1), null,
				content(NeedType.ASD, PlacementType.SPECIAL_SCHOOL, LocalDate.of(2014, 1, 1), Locality.WEST)));
		records.add(record(2, PlanStatus.FINAL, LocalDate.of(2025, 3, 1), null,
				content(NeedType.SEMH, PlacementType.MAINSTREAM, null, null)));
		records.add(record(3, PlanStatus.FINAL, LocalDate.of(2025, 3, 1), null, null));
		records.add(record(4, PlanStatus.CEASED, LocalDate.of(2024, 3, 1), LocalDate.of(2026, 6, 30), null));

		Sen2Return r = Sen2Return.of(CENSUS, requests(), reviews(), records);

		assertThat(r.plans()).isEqualTo(3);
		assertThat(r.specialist()).isEqualTo(1);
		for (Map<String, Long> breakdown : List.of(r.byPrimaryNeed(), r.byPlacementType(), r.byAgeGroup(),
				r.byLocality())) {
			assertThat(breakdown.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
			assertThat(breakdown.get("UNKNOWN")).isPositive();
		}
		assertThat(r.byPrimaryNeed()).containsEntry("ASD", 1L).containsEntry("SEMH", 1L).containsEntry("UNKNOWN", 1L);
		assertThat(r.byAgeGroup()).containsEntry("AGED_11_TO_15", 1L).containsEntry("UNKNOWN", 2L);
		assertThat(r.ceased()).isEqualTo(1);
		assertThat(r.ceasedByReason()).containsEntry("NEEDS_MET_WITHOUT_PLAN", 1L).doesNotContainKey("UNKNOWN");
		assertThat(r.yearFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(r.yearTo()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void theAnalystSeesSmallNumbersHiddenWithTheFiguresThatWouldRevealThem() {
		List<PlanRecord> records = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			NeedType need = (i == 1) ? NeedType.HI : NeedType.ASD;
			records.add(record(i, PlanStatus.FINAL, LocalDate.of(2025, 3, 1), null,
					content(need, PlacementType.MAINSTREAM, LocalDate.of(2014, 1, 1), Locality.EAST)));
		}
		Sen2Return r = Sen2Return.of(CENSUS, requests(), reviews(), records);

		List<Sen2Table.Row> full = Sen2Table.rows(r, true);
		List<Sen2Table.Row> hidden = Sen2Table.rows(r, false);

		assertThat(value(full, "plans", "primary_need", "HI")).isEqualTo(1L);
		assertThat(value(full, "plans", "primary_need", "ASD")).isEqualTo(19L);
		assertThat(value(hidden, "plans", "primary_need", "HI")).isEqualTo("c");
		// the one other non-zero figure of the sum is hidden too, or 20 - 19 gives it
		// away
		assertThat(value(hidden, "plans", "primary_need", "ASD")).isEqualTo("c");
		assertThat(value(hidden, "plans", "held", "ALL")).isEqualTo(20L);
		assertThat(value(hidden, "requests", "received", "ALL")).isEqualTo(10L);
		assertThat(value(hidden, "plans_issued", "late", "ALL")).isEqualTo("c");
		assertThat(value(hidden, "plans_issued", "within_20_weeks_percent", "ALL")).isEqualTo("c");
		assertThat(value(full, "plans_issued", "within_20_weeks_percent", "ALL")).isEqualTo(75.0);
		assertThat(value(full, "annual_reviews", "on_time_percent", "ALL")).isEqualTo(90.0);
		assertThat(value(full, "plans", "specialist_provision_percent", "ALL")).isEqualTo(0.0);
		assertThat(full).hasSameSizeAs(hidden);
	}

	static Object value(List<Sen2Table.Row> rows, String section, String measure, String breakdown) {
		return rows.stream()
			.filter(row -> row.section().equals(section) && row.measure().equals(measure)
					&& row.breakdown().equals(breakdown))
			.findFirst()
			.orElseThrow()
			.value();
	}

	static AssessmentMeasures requests() {
		return new AssessmentMeasures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10, 7, 2, 1, 0, 4, 3, 0, 1);
	}

	static ReviewMeasures reviews() {
		return new ReviewMeasures(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10, 9, 1, 0);
	}

	static PlanContent content(NeedType need, PlacementType placement, LocalDate bornOn, Locality locality) {
		return new PlanContent(need, null, placement, bornOn, locality, List.of(),
				List.of(new PlanContent.Provision(uk.gov.dorsetcouncil.edu.send.plan.PlanSection.F, "Support", null)),
				Map.of());
	}

	static PlanRecord record(int n, PlanStatus status, LocalDate issued, LocalDate ceased, PlanContent content) {
		Upn upn = Upn.withCheckLetter("8382001250" + String.format("%02d", n));
		return new PlanRecord(new EhcPlan(upn, status, issued, null, null), content,
				(ceased != null) ? new Cessation(ceased, CeaseReason.NEEDS_MET_WITHOUT_PLAN) : null, List.of(),
				List.of(), List.of(), 1);
	}

}
