package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;

/**
 * The area figures as the DfE methodology words them, read straight from the stores pupil
 * by pupil and session by session: slow and obviously right, for checking the read
 * model's figures against. For each school of the area, each pupil ever on its roll with
 * a year of marks held: the sessions of the days the enrolment was on roll within the
 * period, counted if there is at least one possible session, grouped by the pupil's
 * current characteristics and the school's details.
 */
final class AreaFiguresAsWritten {

	private final SchoolDirectory schools;

	private final PupilRecords pupils;

	private final MarkStore marks;

	private final TermDates termDates;

	AreaFiguresAsWritten(SchoolDirectory schools, PupilRecords pupils, MarkStore marks, TermDates termDates) {
		this.schools = schools;
		this.pupils = pupils;
		this.marks = marks;
		this.termDates = termDates;
	}

	/** The total, then each dimension's groups, unsuppressed, and the last day marked. */
	record Figures(List<GroupFigures> total, List<GroupFigures> groups, LocalDate marksUpTo) {
	}

	Figures figures(Predicate<School> area, String areaId, ReportingPeriod period, HeadlineScope scope,
			List<CohortDimension> dimensions) {
		AcademicYear year = period.year();
		long[] total = new long[8];
		List<Map<String, long[]>> groups = new ArrayList<>();
		dimensions.forEach((dimension) -> groups.add(new TreeMap<>(AreaFiguresAsWritten::compareGroups)));
		Map<String, String> labels = new TreeMap<>();
		LocalDate marksUpTo = null;
		for (School school : this.schools.all()) {
			if (!area.test(school)) {
				continue;
			}
			LocalDate[] days = period.daysAt(school, this.termDates).orElse(null);
			if (days == null) {
				continue;
			}
			LocalDate from = period.yearToDate() ? year.firstDay() : days[0];
			LocalDate to = period.yearToDate() ? year.lastDay() : days[1];
			for (Pupil pupil : roll(school.urn())) {
				Enrolment enrolment = pupil.enrolmentAt(school.urn()).orElseThrow();
				Optional<DateRange> onRoll = enrolment.onRollWithin(new DateRange(from, to));
				Optional<YearMarks> held = this.marks.find(new MarkKey(school.urn(), pupil.upn(), year));
				if (onRoll.isEmpty() || held.isEmpty() || !inScope(scope, pupil, school, year)) {
					continue;
				}
				SessionCounts counts = SessionCounts.count(held.get(), onRoll.get());
				if (counts.possible() == 0) {
					continue;
				}
				if (!period.yearToDate()) {
					counts = new SessionCounts(counts.possible(),
							counts.present() + counts.approvedEducationalActivity(), 0, counts.authorised(),
							counts.unauthorised());
				}
				add(total, counts);
				for (int d = 0; d < dimensions.size(); d++) {
					String group = groupOf(dimensions.get(d), pupil, school);
					add(groups.get(d).computeIfAbsent(group, (name) -> new long[8]), counts);
					labels.put(dimensions.get(d) + ":" + group, label(dimensions.get(d), group, pupil, school));
				}
				LocalDate last = lastMarked(held.get(), onRoll.get());
				if (last != null && (marksUpTo == null || last.isAfter(marksUpTo))) {
					marksUpTo = last;
				}
			}
		}
		GroupCounts all = counts("ALL", "ALL", "all enrolments in " + areaId, total);
		List<GroupFigures> totals = new ArrayList<>();
		List<GroupFigures> shown = new ArrayList<>();
		for (int d = 0; d < dimensions.size(); d++) {
			CohortDimension dimension = dimensions.get(d);
			List<GroupCounts> rows = new ArrayList<>();
			groups.get(d)
				.forEach((group, counters) -> rows
					.add(counts(dimension.name(), group, labels.get(dimension + ":" + group), counters)));
			List<GroupFigures> figures = SmallNumberSuppression.unsuppressed(all, rows);
			totals.add(figures.get(0));
			shown.addAll(figures.subList(1, figures.size()));
		}
		if (dimensions.isEmpty()) {
			totals.add(SmallNumberSuppression.unsuppressed(all, List.of()).get(0));
		}
		return new Figures(totals, shown, marksUpTo);
	}

	private List<Pupil> roll(String urn) {
		List<Pupil> roll = new ArrayList<>();
		for (int page = 0;; page++) {
			List<Pupil> found = this.pupils.roll(urn, page, 500);
			roll.addAll(found);
			if (found.size() < 500) {
				return roll;
			}
		}
	}

	/** DfE headline: aged 5 to 15 at 31 August before the year, not in AP. */
	private static boolean inScope(HeadlineScope scope, Pupil pupil, School school, AcademicYear year) {
		if (scope == HeadlineScope.ALL_PUPILS) {
			return true;
		}
		int age = pupil.ageAtStartOf(year.startYear());
		return school.phase() != Phase.ALTERNATIVE_PROVISION && age >= 5 && age <= 15;
	}

	private static void add(long[] into, SessionCounts counts) {
		long absent = counts.absent();
		into[0]++;
		into[1] += counts.possible();
		into[2] += counts.present();
		into[3] += counts.approvedEducationalActivity();
		into[4] += counts.authorised();
		into[5] += counts.unauthorised();
		into[6] += (absent * 10 >= counts.possible()) ? 1 : 0;
		into[7] += (absent * 2 >= counts.possible()) ? 1 : 0;
	}

	private static GroupCounts counts(String dimension, String group, String label, long[] counters) {
		return new GroupCounts(dimension, group, label, (int) counters[0], new SessionCounts((int) counters[1],
				(int) counters[2], (int) counters[3], (int) counters[4], (int) counters[5]), (int) counters[6],
				(int) counters[7]);
	}

	private static LocalDate lastMarked(YearMarks marks, DateRange window) {
		for (LocalDate day = window.to(); !day.isBefore(window.from()); day = day.minusDays(1)) {
			if (marks.mark(day, Session.AM).isPresent() || marks.mark(day, Session.PM).isPresent()) {
				return day;
			}
		}
		return null;
	}

	private static String groupOf(CohortDimension dimension, Pupil pupil, School school) {
		Characteristics held = pupil.characteristics();
		return switch (dimension) {
			case SCHOOL -> school.urn();
			case LOCALITY -> school.locality().name();
			case PHASE -> school.phase().name();
			case FSM -> held.freeSchoolMeals() ? "FSM_ELIGIBLE" : "NOT_FSM_ELIGIBLE";
			case SEN_PROVISION -> held.senProvision().name();
			case SOCIAL_CARE -> held.socialCare().name();
			case EVER_SOCIAL_WORKER -> held.everSocialWorker() ? "EVER_SOCIAL_WORKER" : "NEVER_SOCIAL_WORKER";
			case ETHNICITY -> held.ethnicity().name();
			case GYPSY_ROMA_TRAVELLER -> held.ethnicity().gypsyRomaOrTraveller() ? "GRT" : "NOT_GRT";
			case SEX -> pupil.sex().name();
			case YEAR_GROUP -> String.valueOf(pupil.yearGroup());
			case YOUNG_CARER -> held.youngCarer() ? "YOUNG_CARER" : "NOT_YOUNG_CARER";
		};
	}

	private static String label(CohortDimension dimension, String group, Pupil pupil, School school) {
		return switch (dimension) {
			case SCHOOL -> school.name();
			case ETHNICITY -> pupil.characteristics().ethnicity().meaning();
			default -> group;
		};
	}

	/** Year groups in number order, other groups alphabetically. */
	private static int compareGroups(String a, String b) {
		if (a.matches("-?\\d+") && b.matches("-?\\d+")) {
			return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
		}
		return Comparator.<String>naturalOrder().compare(a, b);
	}

}
