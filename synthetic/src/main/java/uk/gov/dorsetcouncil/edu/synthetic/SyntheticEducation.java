package uk.gov.dorsetcouncil.edu.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.exclusion.ExclusionModel;
import uk.gov.dorsetcouncil.edu.synthetic.exclusion.GeneratedExclusion;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.GeneratedTimetable;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.PartTimeTimetableModel;
import uk.gov.dorsetcouncil.edu.synthetic.register.GeneratedRegisterEntry;
import uk.gov.dorsetcouncil.edu.synthetic.register.RegisterEntryModel;
import uk.gov.dorsetcouncil.edu.synthetic.measures.ExpectedFigures;
import uk.gov.dorsetcouncil.edu.synthetic.measures.Measures;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Rolls;
import uk.gov.dorsetcouncil.edu.synthetic.register.Registers;
import uk.gov.dorsetcouncil.edu.synthetic.register.Session;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * A fictional county (or country) at a scale: its schools, each school's pupils and each
 * school's registers, generated on demand from the seed. Only the schools are kept;
 * pupils and marks are regenerated each time they are asked for, identically, so a loader
 * can stream any part in any order without holding the rest.
 */
public final class SyntheticEducation {

	private final long seed;

	private final Scale scale;

	private final List<School> schools;

	private final Rolls rolls;

	private final Registers registers;

	private SyntheticEducation(long seed, Scale scale) {
		this.seed = seed;
		this.scale = scale;
		this.schools = scale.schools().apply(seed);
		this.rolls = new Rolls(seed, this.schools, scale.year(), scale.fraction(), scale.nhsNumbers());
		this.registers = new Registers(seed, scale.to());
	}

	public static SyntheticEducation generate(long seed, Scale scale) {
		return new SyntheticEducation(seed, scale);
	}

	public long seed() {
		return this.seed;
	}

	public Scale scale() {
		return this.scale;
	}

	public List<School> schools() {
		return this.schools;
	}

	public School school(String urn) {
		return this.schools.stream()
			.filter(s -> s.urn().equals(urn))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no school " + urn + " at scale " + this.scale.name()));
	}

	/** Pupils ever on roll during the year, over all schools (counted, not generated). */
	public long pupilCount() {
		return this.rolls.pupilCount();
	}

	/** Every pupil on the school's roll at some time in the academic year. */
	public List<Pupil> pupils(School school) {
		return this.rolls.pupils(school);
	}

	/** The school's marks over the scale's dates, for the days {@code days} accepts. */
	public Stream<SessionMark> marks(School school, SchoolDays days) {
		return marks(school, this.scale.from(), this.scale.to(), days);
	}

	public Stream<SessionMark> marks(School school, LocalDate from, LocalDate to, SchoolDays days) {
		return this.registers.of(school, pupils(school)).marks(from, to, days);
	}

	/** One register: every pupil on roll, one session. */
	public List<SessionMark> register(School school, LocalDate date, Session session) {
		return this.registers.of(school, pupils(school)).register(date, session);
	}

	/** Every school's marks, school by school, generated as consumed. */
	public Stream<SessionMark> marks(SchoolDays days) {
		return this.schools.stream().flatMap(school -> marks(school, days));
	}

	/**
	 * The school's suspensions and permanent exclusions over the scale's dates, on the
	 * days {@code days} accepts, of the same pupils whose registers are generated (a
	 * pupil often absent is more often suspended).
	 */
	public List<GeneratedExclusion> exclusions(School school, SchoolDays days) {
		return new ExclusionModel(this.seed, this.registers).of(school, pupils(school), this.scale.from(),
				this.scale.to(), days);
	}

	/**
	 * The school's part-time timetables starting over the scale's dates, on the days
	 * {@code days} accepts, of the same pupils whose registers are generated (a pupil
	 * often absent is more often on one).
	 */
	public List<GeneratedTimetable> partTimeTimetables(School school, SchoolDays days) {
		return new PartTimeTimetableModel(this.seed, this.registers).of(school, pupils(school), this.scale.from(),
				this.scale.to(), days);
	}

	/**
	 * The school's children who leave for home education or go missing over the scale's
	 * dates (ADR 0030), of the same pupils whose registers are generated.
	 */
	public List<GeneratedRegisterEntry> registerEntries(School school) {
		return new RegisterEntryModel(this.seed, this.registers).of(school, pupils(school), this.scale.from(),
				this.scale.to());
	}

	/** Whether the pupil's deletion return gives no destination (a CME entry follows). */
	public boolean leavesNoDestination(School school, Pupil pupil) {
		return new RegisterEntryModel(this.seed, this.registers).leavesNoDestination(school, pupil);
	}

	/**
	 * The DfE measures of the generated marks. Keeps a small tally per enrolment, so it
	 * suits the demo and dorset scales, not england-day.
	 */
	public Measures expectedFigures(SchoolDays days) {
		ExpectedFigures figures = new ExpectedFigures(this.scale.year());
		for (School school : this.schools) {
			List<Pupil> pupils = pupils(school);
			pupils.forEach(p -> figures.enrol(school, p));
			this.registers.of(school, pupils).marks(this.scale.from(), this.scale.to(), days).forEach(figures::count);
		}
		return figures.measures();
	}

}
