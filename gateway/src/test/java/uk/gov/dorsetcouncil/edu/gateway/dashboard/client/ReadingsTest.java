package uk.gov.dorsetcouncil.edu.gateway.dashboard.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.BarChart;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.CaseworkQueue;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ChildRecord;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ExclusionRates;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.PartTimeTimetables;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.Registers;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.SendTimeliness;
import uk.gov.dorsetcouncil.edu.gateway.dashboard.ShownFigure;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingsTest {

	/** A profile as the API answers it (ChildRecordViews), one part of each status. */
	private static final String PROFILE = """
			{"upn":"A838200125001","asOf":"2026-11-23T09:00:00Z","purpose":null,"agreement":null,
			 "released":["ATTENDANCE","TRANSPORT"],
			 "parts":{
			  "attendance":{"status":"AVAILABLE","data":{"basis":"academic year to date","fromDate":"2026-09-02",
			    "toDate":"2026-11-20","asOf":"2026-11-23T09:00:00Z",
			    "combined":{"possibleSessions":140,"presentSessions":130,"attendancePercent":92.9,"persistentlyAbsent":false},
			    "enrolments":[{"schoolUrn":"990027","schoolName":"Chesil Primary","admissionDate":"2020-09-01","leavingDate":null}]}},
			  "suspensionsAndExclusions":{"status":"WITHHELD","reason":"not released to your role (field-level policy)"},
			  "partTimeTimetable":{"status":"NONE","reason":"none recorded"},
			  "alternativeProvision":{"status":"UNAVAILABLE","reason":"belonging did not answer in time"},
			  "ehcPlan":{"status":"AVAILABLE","data":{"hasPlan":false}},
			  "transport":{"status":"AVAILABLE","data":{"arrangements":[]}}}}
			""";

	@Test
	void aProfileReadsAsASectionPerPartWithItsFactsOrWhyNot() {
		ChildRecord child = Readings.child(JsonMapper.shared().readTree(PROFILE));
		assertThat(child.upn()).isEqualTo("A838200125001");
		assertThat(child.released()).containsExactly("ATTENDANCE", "TRANSPORT");
		assertThat(child.sections()).extracting(ChildRecord.Section::status)
			.containsExactly("AVAILABLE", "WITHHELD", "NONE", "UNAVAILABLE", "AVAILABLE", "AVAILABLE");
		assertThat(child.sections().get(0).facts()).contains(new ChildRecord.Fact("Combined: Possible sessions", "140"),
				new ChildRecord.Fact("Enrolments: 1: School name", "Chesil Primary"),
				new ChildRecord.Fact("Enrolments: 1: Leaving date", "not recorded"));
		assertThat(child.sections().get(1).reason()).isEqualTo("not released to your role (field-level policy)");
		assertThat(child.sections().get(1).facts()).isEmpty();
		assertThat(child.sections().get(5).facts()).containsExactly(new ChildRecord.Fact("Arrangements", "none"));
	}

	/**
	 * Rates as the belonging service answers the Education Board analyst
	 * (RateController's RatesView): counts and rates as value or symbol, small numbers
	 * hidden.
	 */
	static final String SUPPRESSED_RATES = """
			{"areaType":"LOCAL_AUTHORITY","area":"838","academicYear":"2026/27","term":null,
			 "basis":"suspensions and permanent exclusions starting in 2026/27 per 100 enrolments","by":"LOCALITY",
			 "suppressed":true,
			 "total":{"group":"all","enrolments":{"value":713,"symbol":null},"suspensions":{"value":32,"symbol":null},
			  "permanentExclusions":{"value":null,"symbol":"c"},"pupilsSuspended":{"value":21,"symbol":null},
			  "suspensionRate":{"value":4.49,"symbol":null},"permanentExclusionRate":{"value":null,"symbol":"c"},
			  "oneOrMoreSuspensionRate":{"value":2.95,"symbol":null}},
			 "groups":[
			  {"group":"CHESIL","enrolments":{"value":120,"symbol":null},"suspensions":{"value":null,"symbol":"c"},
			   "permanentExclusions":{"value":0,"symbol":null},"pupilsSuspended":{"value":null,"symbol":"c"},
			   "suspensionRate":{"value":null,"symbol":"c"},"permanentExclusionRate":{"value":0.0,"symbol":null},
			   "oneOrMoreSuspensionRate":{"value":null,"symbol":"c"}},
			  {"group":"NORTH","enrolments":{"value":0,"symbol":null},"suspensions":{"value":0,"symbol":null},
			   "permanentExclusions":{"value":0,"symbol":null},"pupilsSuspended":{"value":0,"symbol":null},
			   "suspensionRate":{"value":null,"symbol":"z"},"permanentExclusionRate":{"value":null,"symbol":"z"},
			   "oneOrMoreSuspensionRate":{"value":null,"symbol":"z"}}],
			 "references":[
			  {"measure":"suspension_rate","comparator":"national","group":"all","period":"2022/23 full year","value":9.33,"source":"DfE","confirmed":true},
			  {"measure":"suspension_rate","comparator":"national","group":"all","period":"2023/24 full year","value":11.31,"source":"DfE","confirmed":true},
			  {"measure":"permanent_exclusion_rate","comparator":"national","group":"all","period":"2023/24 full year","value":0.13,"source":"DfE","confirmed":true}],
			 "comparatorsNotHeld":["South West"],"asOf":"2026-12-07T09:00:00Z"}
			""";

	private static JsonNode json(String text) {
		return JsonMapper.shared().readTree(text);
	}

	@Test
	void ratesReadSuppressedAsSuppressedNeverAsZeroAndChartAgainstTheLatestNationalFigure() {
		ExclusionRates rates = Readings.rates(json(SUPPRESSED_RATES));
		assertThat(rates.suppressed()).isTrue();
		assertThat(rates.term()).isEmpty();
		assertThat(rates.periodInWords()).isEqualTo("2026/27, the whole year");
		assertThat(rates.notHeldInWords()).isEqualTo("No South West figure is held, so none is shown.");
		assertThat(rates.total().suspensionRate()).isEqualTo(new ShownFigure("4.49", 4.49));
		assertThat(rates.total().permanentExclusions()).isEqualTo(new ShownFigure("c", null));
		ExclusionRates.Row chesil = rates.groups().get(0);
		assertThat(chesil.suspensions().inWords()).isEqualTo("c (suppressed)");
		assertThat(chesil.permanentExclusions()).isEqualTo(new ShownFigure("0", 0.0));
		assertThat(rates.groups().get(1).suspensionRate().shown()).isEqualTo("z");

		BarChart suspensions = rates.chart(ExclusionRates.Measure.SUSPENSION);
		assertThat(suspensions.bars()).extracting(BarChart.Bar::label, BarChart.Bar::shown, BarChart.Bar::drawn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dorset (all)", "4.49", true),
					org.assertj.core.groups.Tuple.tuple("Chesil", "c", false),
					org.assertj.core.groups.Tuple.tuple("North", "z", false));
		assertThat(suspensions.references()).singleElement()
			.satisfies(line -> assertThat(line.label()).isEqualTo("national 2023/24 full year"));
		assertThat(suspensions.scaleMax()).isEqualTo(20);
		assertThat(rates.chart(ExclusionRates.Measure.PERMANENT_EXCLUSION).bars().get(0).drawn()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ANSWERED    | 0   | AVAILABLE   | ''
			REFUSED     | 403 | WITHHELD    | the caller lacks belonging:read
			REFUSED     | 400 | UNAVAILABLE | 'the API refused the question: term: not a term'
			UNAVAILABLE | 0   | UNAVAILABLE | the platform answered 503
			""")
	void eachAnswerBesideAPageIsAPartWithItsDataOrWhyNot(String kind, int status, String partStatus, String reason) {
		ApiAnswer answer = switch (kind) {
			case "ANSWERED" -> new ApiAnswer.Answered(json("{\"asOf\":\"2026-12-07\",\"pupilsOn\":3}"));
			case "REFUSED" ->
				new ApiAnswer.Refused(status, (status == 403) ? "the caller lacks belonging:read" : "term: not a term");
			default -> new ApiAnswer.Unavailable("the platform answered 503");
		};
		Part<PartTimeTimetables.Statistics> part = Readings.part(answer, Readings::timetableStatistics);
		assertThat(part.status()).isEqualTo(partStatus);
		switch (part) {
			case Part.Available<PartTimeTimetables.Statistics> available ->
				assertThat(available.data().pupilsOn().shown()).isEqualTo("3");
			case Part.Withheld<PartTimeTimetables.Statistics> withheld ->
				assertThat(withheld.reason()).isEqualTo(reason);
			case Part.Unavailable<PartTimeTimetables.Statistics> unavailable ->
				assertThat(unavailable.reason()).isEqualTo(reason);
			case Part.None<PartTimeTimetables.Statistics> none -> throw new AssertionError("no API answer is none");
		}
	}

	@Test
	void timetableStatisticsKeepTheirBandsInOrder() {
		PartTimeTimetables.Statistics stats = Readings.timetableStatistics(json("""
				{"asOf":"2026-12-07","pupilsDuringYear":5,"pupilsOn":4,"overSixWeeks":3,"overSixWeeksPercent":75.0,
				 "medianWeeks":9,"bands":{"up to 2 weeks":1,"2 to 6 weeks":0,"6 to 12 weeks":2,"over 12 weeks":1}}
				"""));
		assertThat(stats.bands().keySet()).containsExactly("up to 2 weeks", "2 to 6 weeks", "6 to 12 weeks",
				"over 12 weeks");
		assertThat(stats.chart().bars()).extracting(BarChart.Bar::shown).containsExactly("1", "0", "2", "1");
		assertThat(stats.overSixWeeksPercent().shown()).isEqualTo("75.0");
		assertThat(Readings
			.timetableStatistics(json("{\"asOf\":\"2026-12-07\",\"pupilsOn\":0,"
					+ "\"overSixWeeksPercent\":null,\"medianWeeks\":null,\"bands\":{}}"))
			.medianWeeks()
			.inWords()).isEqualTo("not given");
	}

	@Test
	void timetableAlertsReadTheirAlertsAndNarrowToASchool() {
		PartTimeTimetables.AlertPage page = Readings.timetableAlerts(json("""
				{"items":[
				 {"id":"A838200125001-T1","upn":"A838200125001","schoolUrn":"990027","startDate":"2026-10-01",
				  "endDate":null,"hoursPerWeek":15.0,"reason":"MEDICAL","daysSoFar":68,
				  "alerts":[{"alert":"NO_END_DATE","rule":"r"},{"alert":"OVER_SIX_WEEKS","rule":"r"}]},
				 {"id":"B838200125001-T1","upn":"B838200125001","schoolUrn":"990031","startDate":"2026-11-20",
				  "endDate":"2027-01-20","hoursPerWeek":20.5,"reason":"REINTEGRATION","daysSoFar":18,
				  "alerts":[{"alert":"NO_C2_MARKS","rule":"r"}]}],
				 "page":0,"size":100,"total":140}
				"""));
		assertThat(page.morePages()).isTrue();
		assertThat(page.at("")).hasSize(2);
		assertThat(page.at("990031")).extracting(PartTimeTimetables.Alerted::upn).containsExactly("B838200125001");
		PartTimeTimetables.Alerted first = page.timetables().get(0);
		assertThat(first.alertsInWords()).isEqualTo("No end date; Over six weeks");
		assertThat(first.endInWords()).isEqualTo("not set");
	}

	@Test
	void registerCountsAndNeetHiddenFromTheAnalystStayHidden() {
		Registers.Counts counts = Readings.registerCounts(json("""
				{"since":"2026-09-01","open":[{"register":"ELECTIVE_HOME_EDUCATION","count":3},
				 {"register":"CHILD_MISSING_EDUCATION","count":"c"},{"register":"ALL","count":"c"}],
				 "openedSince":[{"register":"ELECTIVE_HOME_EDUCATION","count":3}],"asOf":"2026-12-07T09:00:00Z"}
				"""));
		assertThat(counts.chart().bars()).extracting(BarChart.Bar::label, BarChart.Bar::drawn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Elective home education", true),
					org.assertj.core.groups.Tuple.tuple("Child missing education", false));
		assertThat(counts.openedSince("ELECTIVE_HOME_EDUCATION").shown()).isEqualTo("3");
		assertThat(counts.openedSince("CHILD_MISSING_EDUCATION").inWords()).isEqualTo("not given");
		assertThat(counts.open().get(2).registerInWords()).isEqualTo("All registers");

		Registers.Neet withheld = Readings.neet(json("""
				{"year":2026,"months":[{"month":"2025-12","cohort":410,"neet":"c","notKnown":12}],
				 "neetOrNotKnownPercent":null,"neetPercent":null,"notKnownPercent":null}
				"""));
		assertThat(withheld.neetOrNotKnownPercent().shown()).isEqualTo("c");
		assertThat(withheld.winterInWords()).isEqualTo("December 2025 to February 2026");
		Registers.Neet none = Readings.neet(json("""
				{"year":2026,"months":[{"month":"2025-12","cohort":0,"neet":0,"notKnown":0}],
				 "neetOrNotKnownPercent":null,"neetPercent":null,"notKnownPercent":null}
				"""));
		assertThat(none.neetOrNotKnownPercent().inWords()).isEqualTo("not given");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			40 | 30 | 6 | 4 | 75.0 | 90.0
			c  | 30 | 6 | 4 | c    | c
			40 | c  | 6 | c | c    | c
			40 | 38 | c | c | 95.0 | c
			0  | 0  | 0 | 0 | z    | z
			""")
	void assessmentTimelinessIsWorkedOutOnlyFromVisibleCounts(String issued, String within, String excepted,
			String late, String share, String allowed) {
		SendTimeliness.Assessments a = Readings.assessments(json("{\"from\":\"2025-12-08\",\"to\":\"2026-12-07\","
				+ "\"suppressed\":false,\"received\":90,\"assessed\":70,\"refused\":18,\"undecided\":2,"
				+ "\"notToIssue\":5,\"plansIssued\":" + value(issued) + ",\"withinTwentyWeeks\":" + value(within)
				+ ",\"withinExceptions\":" + value(excepted) + ",\"late\":" + value(late) + "}"));
		assertThat(a.withinTwentyWeeksPercent().shown()).isEqualTo(share);
		assertThat(a.withinTimeAllowedPercent().shown()).isEqualTo(allowed);
		assertThat(a.rows()).extracting(SendTimeliness.Line::figure).contains(a.withinTwentyWeeksPercent());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			false | 91.5 | 91.5
			true  | null | c
			false | null | ''
			""")
	void aReviewShareLeftOutForTheAnalystIsHidden(boolean suppressed, String percent, String shown) {
		SendTimeliness.Reviews r = Readings
			.reviews(json("{\"from\":\"2025-12-08\",\"to\":\"2026-12-07\"," + "\"suppressed\":" + suppressed
					+ ",\"held\":47,\"onTime\":43,\"late\":\"c\",\"onTimePercent\":" + percent + ",\"overdueNow\":0}"));
		assertThat(r.onTimePercent().shown()).isEqualTo(shown);
		assertThat(r.chart().bars()).extracting(BarChart.Bar::drawn).containsExactly(true, false, true);
	}

	@Test
	void bothQueuesReadAsStepsSoonestBreachFirst() {
		CaseworkQueue assessments = Readings.queue(
				json("""
						{"items":[
						 {"assessmentId":"EHC-2","upn":"B838200125001","schoolUrn":"990027","kind":"FINAL_PLAN","actor":"LOCAL_AUTHORITY",
						  "dueDate":"2026-12-26","actBy":"2026-12-24","daysToBreach":19,"breach":false,"rule":"reg 13(2)"},
						 {"assessmentId":"EHC-1","upn":"A838200125001","schoolUrn":"990027","kind":"DECISION_TO_ASSESS","actor":"LOCAL_AUTHORITY",
						  "dueDate":"2026-12-01","actBy":"2026-12-01","daysToBreach":-6,"breach":true,"rule":"reg 5"}],
						 "page":0,"size":100,"total":2}
						"""));
		assertThat(assessments.steps()).extracting(CaseworkQueue.Step::caseId).containsExactly("EHC-1", "EHC-2");
		assertThat(assessments.overdue()).isEqualTo(1);
		CaseworkQueue reviews = Readings.queue(json("""
				{"items":[{"reviewId":null,"upn":"C838200125001","schoolUrn":"990031","kind":"REVIEW_MEETING",
				  "dueDate":"2027-01-10","actBy":"2027-01-08","daysToBreach":34,"breach":false,"rule":"reg 20"}],
				 "page":0,"size":100,"total":1}
				"""));
		assertThat(reviews.steps()).singleElement().satisfies(step -> {
			assertThat(step.caseId()).isEmpty();
			assertThat(step.actorInWords()).isEmpty();
			assertThat(step.whenInWords()).isEqualTo("34 days left");
		});
	}

	private static String value(String figure) {
		return figure.equals("c") ? "\"c\"" : figure;
	}

}
