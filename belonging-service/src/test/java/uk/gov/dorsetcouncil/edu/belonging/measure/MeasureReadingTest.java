package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.HeldExclusions;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementRequest;
import uk.gov.dorsetcouncil.edu.belonging.placement.Placements;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateArea;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateDimension;
import uk.gov.dorsetcouncil.edu.belonging.rate.RatePeriod;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.rate.ReferenceFigures;
import uk.gov.dorsetcouncil.edu.belonging.rate.Roll;
import uk.gov.dorsetcouncil.edu.belonging.register.HeldNeet;
import uk.gov.dorsetcouncil.edu.belonging.register.HeldRegisters;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetTracking;
import uk.gov.dorsetcouncil.edu.belonging.register.Registers;
import uk.gov.dorsetcouncil.edu.belonging.timetable.HeldTimetables;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Belonging Plan's measures over the service's own parts in memory: which are
 * computed, what each counts, what the analyst sees hidden, and recorded values with
 * their evidence. Today is Monday 7 December 2026.
 */
class MeasureReadingTest {

	static final Clock TODAY = Registers.TODAY;

	static final Caller OFFICER = Registers.INCLUSION;

	static final Caller ANALYST = Registers.ANALYST;

	final InMemoryMeasures store = new InMemoryMeasures();

	final Placements placements = new Placements();

	final PlacementKeeping keeping = new PlacementKeeping(this.placements, new HeldExclusions(),
			(urn, upn, date) -> true, locality -> Set.of(), LostRaceRetry.withoutPause(1), TODAY);

	final MeasureReading reading = new MeasureReading(Registers.keeping(new HeldRegisters()),
			new NeetTracking(new HeldNeet(), new SmallNumberSuppression(2), TODAY),
			new RateReading(new HeldExclusions(), new EmptyRoll(), locality -> Set.of(), ReferenceFigures.shipped(),
					new SmallNumberSuppression(2), TODAY),
			new TimetableRecording(new HeldTimetables(), (urn, upn, date) -> true, locality -> Set.of(),
					(upn, code, from, to) -> Map.of(), LostRaceRetry.withoutPause(1), TODAY),
			this.keeping, this.store, new SmallNumberSuppression(2), TODAY);

	/**
	 * Three pupils in AP this year, two of them placed away from home, one back at
	 * school.
	 */
	@BeforeEach
	void placed() {
		for (int i = 1; i <= 3; i++) {
			this.keeping.record(OFFICER,
					new PlacementRequest(
							uk.gov.dorsetcouncil.edu.platform.identifiers.Upn.withCheckLetter("83820012600" + i)
								.value(),
							null, "LOCAL_AUTHORITY", "HEALTH_NEEDS", null, "Hospital Education Service", null,
							"HOSPITAL_SCHOOL", "2026-09-0" + (i + 6), null, 5, i != 3, List.of()));
		}
	}

	@ParameterizedTest
	@EnumSource(BelongingMeasure.class)
	void everyMeasureIsTheStrategysOwnAndNumberedInOrder(BelongingMeasure measure) {
		assertThat(measure.number()).isEqualTo(measure.ordinal() + 1);
		assertThat(BelongingMeasure.numbered(measure.number())).contains(measure);
		List<MeasureValue> read = this.reading.measures(OFFICER);
		MeasureValue value = read.get(measure.ordinal());
		assertThat(value.measure()).isEqualTo(measure);
		assertThat(value.figures().isEmpty()).isEqualTo(measure.basis() == BelongingMeasure.Basis.RECORDED);
		assertThat(value.source()).isNotBlank();
	}

	/** measure, figure (index), who reads: the value, or the symbol. */
	@ParameterizedTest(name = "measure {0}, figure {1}, {2} -> {3}")
	@CsvSource(delimiter = ';', textBlock = """
			14; 1; LA;      3.0
			14; 1; ANALYST; 3.0
			14; 0; LA;      0.0
			16; 1; LA;      2.0
			16; 1; ANALYST; c
			15; 3; LA;      0.0
			1;  0; LA;      0.0
			4;  4; LA;      0.0
			""")
	void computedFiguresAndWhatTheAnalystSeesHidden(int number, int figure, String who, String expected) {
		MeasureValue value = this.reading.measures(who.equals("LA") ? OFFICER : ANALYST).get(number - 1);
		MeasureValue.Figure shown = value.figures().get(figure);
		assertThat((shown.value() != null) ? shown.value().toString() : shown.symbol()).isEqualTo(expected);
		assertThat(value.asOf()).isEqualTo(LocalDate.now(TODAY));
	}

	@Test
	void aValueIsRecordedWithItsEvidenceAndTheLatestShown() {
		this.reading.record(OFFICER, "6", "78% feel they belong", "2025/26", "Pupil voice survey, summer 2026",
				"2026-07-17");
		this.reading.record(OFFICER, "6", "81% feel they belong", "Autumn 2026", "Pupil voice survey, autumn 2026",
				null);

		RecordedValue latest = this.reading.measures(ANALYST).get(5).recorded();
		assertThat(latest.value()).isEqualTo("81% feel they belong");
		assertThat(latest.recordedBy()).isEqualTo(OFFICER.subject());
		assertThat(latest.asOf()).isEqualTo(LocalDate.now(TODAY));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			no such measure;   20;  a value; 2025/26; a survey;  null;       number
			not a number;      six; a value; 2025/26; a survey;  null;       number
			no value;          6;   null;    2025/26; a survey;  null;       value
			no evidence;       6;   a value; 2025/26; null;      null;       evidence
			a day to come;     6;   a value; 2025/26; a survey;  2026-12-08; asOf
			""")
	void refusalsNameTheField(String name, String number, String value, String period, String evidence, String asOf,
			String field) {
		assertThatThrownBy(() -> this.reading.record(OFFICER, number, value, period, evidence, asOf))
			.isInstanceOfSatisfying(ProblemException.class, p -> {
				assertThat(p.problem()).isEqualTo(Problem.INVALID_INPUT);
				assertThat(p.violations()).extracting(v -> v.field()).contains(field);
			});
		assertThat(this.store.values).isEmpty();
	}

	@Test
	void onlyTheCountyAndTheBoardReadThemAndOnlyTheLocalAuthorityRecords() {
		Caller school = Registers.school(Registers.SCHOOL);
		assertThatThrownBy(() -> this.reading.measures(school)).isInstanceOfSatisfying(ProblemException.class,
				p -> assertThat(p.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThatThrownBy(() -> this.reading.record(ANALYST, "6", "v", "p", "e", null))
			.isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.problem()).isEqualTo(Problem.FORBIDDEN));
		assertThat(MeasureReading.suppressedFor(ANALYST)).isTrue();
		assertThat(MeasureReading.suppressedFor(OFFICER)).isFalse();
	}

	/** Recorded values in memory. */
	static final class InMemoryMeasures implements MeasureStore {

		final List<RecordedValue> values = new ArrayList<>();

		@Override
		public void add(RecordedValue value) {
			this.values.add(value);
		}

		@Override
		public List<RecordedValue> latest() {
			return this.values.stream().map(v -> latest(v.measure()).orElseThrow()).distinct().toList();
		}

		@Override
		public Optional<RecordedValue> latest(int measure) {
			return this.values.stream()
				.filter(v -> v.measure() == measure)
				.max(Comparator.comparing(RecordedValue::recordedAt).thenComparing(this.values::indexOf));
		}

	}

	/** A county with no enrolments held: rates are "z". */
	static final class EmptyRoll implements Roll {

		@Override
		public Enrolments enrolments(RateArea area, RateDimension dimension, RatePeriod period) {
			return new Enrolments(0, Map.of(), Set.of());
		}

		@Override
		public List<String> groups(List<PupilAtSchool> pupils, RateDimension dimension) {
			return pupils.stream().map(p -> "none").toList();
		}

	}

}
