package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.benchmark.GeneratedDorset;
import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.BatchOutcome;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping.PupilDetails;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores;
import uk.gov.dorsetcouncil.edu.attendance.support.MarkBatches;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.synthetic.Scale;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;

/**
 * The area figures from the read model ({@link HeldAttendance}) are the figures read
 * pupil by pupil and session by session from the stores ({@link AreaFiguresAsWritten}),
 * on a fiftieth of the synthetic county's year (calibrated absence, characteristics,
 * INSET days), for every kind of area, period, scope and dimension, before and after
 * amended marks and roll changes.
 */
@TestInstance(Lifecycle.PER_CLASS)
class AreaFiguresFromReadModelTest {

	private static final List<String> ALL_DIMENSIONS = Arrays.stream(CohortDimension.values()).map(Enum::name).toList();

	private InMemoryStores stores;

	private AreaFiguresAsWritten asWritten;

	@BeforeAll
	void county() {
		this.stores = new InMemoryStores();
		GeneratedDorset dorset = new GeneratedDorset(2026, Scale.dorset(0.02));
		dorset.record(this.stores.schools, this.stores.pupils);
		ingest(dorset.year(50));
		this.asWritten = new AreaFiguresAsWritten(this.stores.schools, this.stores.pupils, this.stores.marks,
				TermDates.dorset());
	}

	@AfterAll
	void close() {
		this.stores.close();
	}

	@ParameterizedTest(name = "{0} {1}, {2}, {3} {4}-{5}, by {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			LA       | -          | AGED_5_TO_15 | -      | -          | -          | ALL
			LA       | -          | ALL_PUPILS   | -      | -          | -          | ALL
			LA       | -          | AGED_5_TO_15 | SPRING | -          | -          | ALL
			LA       | -          | ALL_PUPILS   | AUTUMN | -          | -          | ALL
			LA       | -          | AGED_5_TO_15 | -      | 2025-10-08 | 2025-11-20 | ALL
			LA       | -          | AGED_5_TO_15 | -      | 2026-07-20 | 2026-07-31 | ALL
			LOCALITY | CHESIL     | AGED_5_TO_15 | -      | -          | -          | SCHOOL
			LOCALITY | PURBECK    | ALL_PUPILS   | SUMMER | -          | -          | SCHOOL
			PHASE    | SECONDARY  | AGED_5_TO_15 | -      | -          | -          | LOCALITY
			PHASE    | PRIMARY    | ALL_PUPILS   | -      | 2026-02-02 | 2026-02-27 | YEAR_GROUP
			""")
	void readModelFiguresAreTheStoresFigures(String areaType, String area, String scope, String term, String from,
			String to, String by) {
		assertSameFigures(areaType, area, scope, term, from, to, by);
	}

	@ParameterizedTest(name = "after amendments: {0} {1}, {2}, {3} {4}-{5}, by {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			LA       | -          | AGED_5_TO_15 | -      | -          | -          | ALL
			LA       | -          | ALL_PUPILS   | SPRING | -          | -          | ALL
			LOCALITY | NORTH      | AGED_5_TO_15 | -      | 2025-09-01 | 2026-03-31 | SCHOOL
			""")
	void andAfterAmendedMarksAndRollChanges(String areaType, String area, String scope, String term, String from,
			String to, String by) {
		amend();
		assertSameFigures(areaType, area, scope, term, from, to, by);
	}

	private boolean amended;

	/**
	 * Changes about one mark in twenty of every seventh pupil, and sets leaving dates and
	 * later admissions for a few others (once).
	 */
	private void amend() {
		if (this.amended) {
			return;
		}
		this.amended = true;
		SplittableRandom random = new SplittableRandom(11);
		List<MarkRow> rows = new ArrayList<>();
		// The present mark is the session's own ('/' in the morning, '\\' in the
		// afternoon);
		// '/' stands for it here and is written as the session's.
		String[] codes = { "/", "/", "I", "O", "N", "M", "G", "X", "L" };
		int seen = 0;
		for (School school : this.stores.schools.all()) {
			for (Pupil pupil : this.stores.pupils.roll(school.urn(), 0, 500)) {
				seen++;
				if (seen % 7 == 0) {
					this.stores.marks.find(new MarkKey(school.urn(), pupil.upn(), new AcademicYear(2025)))
						.ifPresent((year) -> {
							for (int s = 0; s < year.sessions().length(); s++) {
								if (year.sessions().charAt(s) != '-' && random.nextInt(20) == 0) {
									rows.add(new MarkRow(rows.size() + 1, school.urn(), pupil.upn().value(),
											year.year().firstDay().plusDays(s / 2).toString(),
											(s % 2 == 0) ? "AM" : "PM",
											present(codes[random.nextInt(codes.length)], s % 2 == 0)));
								}
							}
						});
				}
				else if (seen % 11 == 0) {
					LocalDate admitted = pupil.enrolments().get(0).admissionDate();
					LocalDate leaving = (admitted.isAfter(LocalDate.of(2026, 2, 1)) ? admitted
							: LocalDate.of(2026, 2, 1))
						.plusDays(random.nextInt(120));
					this.stores.roll.putOnRoll(LA, school.urn(), pupil.upn().value(),
							new PupilDetails(pupil.familyName(), pupil.givenName(), pupil.dateOfBirth().toString(),
									pupil.yearGroup(), pupil.sex().name(), admitted.toString(), leaving.toString()));
				}
			}
		}
		BatchOutcome outcome = this.stores.ingest.start(LA).apply(rows);
		assertThat(outcome.rejected()).isEmpty();
		assertThat(outcome.changed()).isPositive();
	}

	private void assertSameFigures(String areaType, String area, String scope, String term, String from, String to,
			String by) {
		List<String> dimensions = by.equals("ALL") ? ALL_DIMENSIONS : List.of(by);
		AreaMeasures.Request request = new AreaMeasures.Request("2025/26", scope, false, dimensions, term, from, to);
		AreaSummary served = switch (areaType) {
			case "LOCALITY" -> this.stores.measures.locality(LA, area, request);
			case "PHASE" -> this.stores.measures.phase(LA, area, request);
			default -> this.stores.measures.localAuthority(LA, request);
		};
		Predicate<School> inArea = switch (areaType) {
			case "LOCALITY" -> (school) -> school.locality() == Locality.valueOf(area);
			case "PHASE" -> (school) -> school.phase() == Phase.valueOf(area);
			default -> (school) -> true;
		};
		ReportingPeriod period = ReportingPeriod.of("2025/26", term, from, to, TermDates.dorset(),
				InMemoryStores.TODAY);
		AreaFiguresAsWritten.Figures expected = this.asWritten.figures(inArea, served.area(), period,
				HeadlineScope.valueOf(scope), dimensions.stream().map(CohortDimension::valueOf).toList());
		assertThat(served.total().enrolments().value()).isPositive();
		assertThat(served.total()).isEqualTo(expected.total().get(0));
		assertThat(served.groups()).isEqualTo(expected.groups());
		assertThat(served.marksUpTo()).isEqualTo(expected.marksUpTo());
	}

	private void ingest(Iterator<MarkBatch> batches) {
		while (batches.hasNext()) {
			BatchOutcome outcome = this.stores.ingest.start(LA).apply(MarkBatches.rows(batches.next(), 1));
			assertThat(outcome.rejected()).isEmpty();
		}
	}

	private static String present(String code, boolean morning) {
		return (code.equals("/") && !morning) ? "\\" : code;
	}

}
