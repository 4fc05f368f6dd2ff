package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

import uk.gov.dorsetcouncil.edu.attendance.roll.Characteristics;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Ethnicity;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.SenProvision;
import uk.gov.dorsetcouncil.edu.attendance.roll.Sex;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Session;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;
import uk.gov.dorsetcouncil.edu.synthetic.Scale;
import uk.gov.dorsetcouncil.edu.synthetic.SyntheticEducation;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.InsetDays;
import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * The synthetic generator's county ({@code synthetic/}, docs/synthetic-data.md) in the
 * attendance service's terms: its schools with their INSET days as closures, its pupils
 * with their characteristics on roll, and its registers (absence calibrated to Dorset's
 * published figures) as {@code StreamMarks} batches, generated school by school as they
 * are consumed so that a year of marks is never held at once. The same mapping as the
 * local run's county loader, straight into the stores instead of through REST.
 */
public final class GeneratedDorset {

	/**
	 * The first day of 2026/27's autumn term, where the register-shaped stream starts.
	 */
	private static final LocalDate NEXT_YEAR_FIRST_DAY = LocalDate.of(2026, 9, 3);

	private final SyntheticEducation data;

	/**
	 * The same county with its registers carried on into September 2026, for the
	 * register-shaped stream after the year (the year's scale stops generating at its
	 * last day).
	 */
	private final SyntheticEducation nextAutumn;

	private final Map<String, Set<LocalDate>> insetDays = new HashMap<>();

	private final SchoolDays schoolDays;

	public GeneratedDorset(long seed, Scale scale) {
		this.data = SyntheticEducation.generate(seed, scale);
		this.nextAutumn = SyntheticEducation.generate(seed, new Scale(scale.name(), scale.schools(), scale.fraction(),
				scale.year(), scale.from(), NEXT_YEAR_FIRST_DAY.plusDays(27), scale.nhsNumbers()));
		AcademicYear year = scale.year();
		AcademicYear next = new AcademicYear(year.startYear() + 1);
		for (School school : schools()) {
			Set<LocalDate> days = new HashSet<>(InsetDays.of(seed, school, year));
			days.addAll(InsetDays.of(seed, school, next));
			this.insetDays.put(school.urn(), days);
		}
		this.schoolDays = InsetDays.termWeekdaysWithout(this.insetDays);
	}

	public Scale scale() {
		return this.data.scale();
	}

	/** The academic year of the registers, as the service writes it ("2025/26"). */
	public String yearLabel() {
		return scale().year().label();
	}

	public List<School> schools() {
		return this.data.schools();
	}

	/** The first school of a phase, for the one-school figures. */
	School first(Phase phase) {
		return schools().stream()
			.filter((school) -> school.phase().name().equals(phase.name()))
			.findFirst()
			.orElseThrow();
	}

	/** A school's pupils as generated. */
	public List<uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil> pupilsOf(String urn) {
		return this.data.pupils(this.data.school(urn));
	}

	/**
	 * Puts every school (with its INSET days of this year and the next as closures) and
	 * every pupil admitted by the scale's last register day in the stores, as the roll
	 * stood then.
	 * @return the pupils put on roll
	 */
	public int record(MongoSchoolDirectory schools, MongoPupilRecords pupils) {
		int onRoll = 0;
		for (School school : schools()) {
			schools.save(school.urn(), school.laestab(), school.name(), Phase.valueOf(school.phase().name()),
					Locality.valueOf(school.locality().name()));
			for (LocalDate day : this.insetDays.get(school.urn())) {
				schools.addClosure(school.urn(), day, "INSET");
			}
			List<Pupil> roll = new ArrayList<>();
			for (uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil pupil : this.data.pupils(school)) {
				if (!pupil.admissionDate().isAfter(scale().to())) {
					roll.add(roll(pupil, scale().to()));
				}
			}
			store(pupils, roll);
			onRoll += roll.size();
		}
		return onRoll;
	}

	/**
	 * Stores new pupils in bulk; a pupil already stored (who moved between two schools in
	 * the year) gets this enrolment added to the one held.
	 */
	static void store(MongoPupilRecords pupils, List<Pupil> roll) {
		Set<Upn> stored = pupils.insertAll(roll);
		for (Pupil pupil : roll) {
			if (stored.contains(pupil.upn())) {
				Pupil held = pupils.find(pupil.upn()).orElseThrow();
				Enrolment enrolment = pupil.enrolments().get(0);
				if (held.enrolmentAt(enrolment.urn()).isEmpty()) {
					List<Enrolment> both = new ArrayList<>(held.enrolments());
					both.add(enrolment);
					pupils.save(new Pupil(held.upn(), held.familyName(), held.givenName(), held.dateOfBirth(),
							held.yearGroup(), held.sex(), both, held.characteristics(), held.version()));
				}
			}
		}
	}

	static Pupil roll(uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil pupil, LocalDate lastDay) {
		// A leaving date after the last register day is not known yet.
		LocalDate leaving = (pupil.leavingDate() != null && !pupil.leavingDate().isAfter(lastDay)) ? pupil.leavingDate()
				: null;
		uk.gov.dorsetcouncil.edu.synthetic.pupil.Characteristics c = pupil.characteristics();
		return new Pupil(new Upn(pupil.upn()), pupil.familyName(), pupil.givenName(), pupil.dateOfBirth(),
				pupil.yearGroup(), Sex.valueOf(pupil.sex().name()),
				List.of(new Enrolment(pupil.urn(), pupil.admissionDate(), leaving)),
				new Characteristics(c.freeSchoolMeals(), SenProvision.valueOf(c.senProvision().name()), c.lookedAfter(),
						c.childInNeed(), c.childProtectionPlan(), c.everSocialWorker(),
						Ethnicity.valueOf(c.ethnicity()), c.youngCarer()),
				0);
	}

	/**
	 * The year's registers, school by school, each pupil's marks for the year in one part
	 * (ADR 0008), {@code pupilsPerBatch} pupils to a batch; a school's marks are
	 * generated when its first batch is asked for.
	 */
	public Iterator<MarkBatch> year(int pupilsPerBatch) {
		return year(pupilsPerBatch, scale().from());
	}

	/** As {@link #year(int)}, for the registers from a day on. */
	public Iterator<MarkBatch> year(int pupilsPerBatch, LocalDate from) {
		return new Iterator<>() {

			private final Iterator<School> schools = schools().iterator();

			private final Deque<PupilMarks> pending = new ArrayDeque<>();

			@Override
			public boolean hasNext() {
				while (this.pending.isEmpty() && this.schools.hasNext()) {
					Map<String, PupilMarks.Builder> byPupil = new LinkedHashMap<>();
					GeneratedDorset.this.data
						.marks(this.schools.next(), from, scale().to(), GeneratedDorset.this.schoolDays)
						.forEach((mark) -> byPupil
							.computeIfAbsent(mark.upn(),
									(upn) -> PupilMarks.newBuilder().setUrn(mark.urn()).setUpn(upn))
							.addMarks(sessionMark(mark)));
					byPupil.values().forEach((pupil) -> this.pending.add(pupil.build()));
				}
				return !this.pending.isEmpty();
			}

			@Override
			public MarkBatch next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				MarkBatch.Builder batch = MarkBatch.newBuilder();
				while (!this.pending.isEmpty() && batch.getPupilsCount() < pupilsPerBatch) {
					batch.addPupils(this.pending.poll());
				}
				return batch.build();
			}

		};
	}

	/**
	 * The first {@code days} school days of the next autumn term as daily registers: one
	 * batch per school per day (AM and PM for every pupil on roll), day by day.
	 */
	public List<MarkBatch> nextAutumnRegisters(int days) {
		Map<LocalDate, List<MarkBatch>> byDay = new TreeMap<>();
		for (School school : schools()) {
			List<LocalDate> open = NEXT_YEAR_FIRST_DAY.datesUntil(NEXT_YEAR_FIRST_DAY.plusDays(28))
				.filter((day) -> this.schoolDays.isSchoolDay(school.urn(), day))
				.limit(days)
				.toList();
			dailyRegisters(this.nextAutumn, school, open.get(0), open.get(open.size() - 1), byDay);
		}
		return byDay.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * The year's registers from one day to another as schools send them each day: one
	 * batch per school per day (AM and PM for every pupil on roll), day by day.
	 */
	public List<MarkBatch> registers(LocalDate from, LocalDate to) {
		Map<LocalDate, List<MarkBatch>> byDay = new TreeMap<>();
		for (School school : schools()) {
			dailyRegisters(this.data, school, from, to, byDay);
		}
		return byDay.values().stream().flatMap(List::stream).toList();
	}

	private void dailyRegisters(SyntheticEducation source, School school, LocalDate from, LocalDate to,
			Map<LocalDate, List<MarkBatch>> byDay) {
		Map<LocalDate, MarkBatch.Builder> batches = new LinkedHashMap<>();
		Map<String, PupilMarks.Builder> byPupil = new LinkedHashMap<>();
		source.marks(school, from, to, this.schoolDays)
			.forEach((mark) -> byPupil
				.computeIfAbsent(mark.date() + mark.upn(),
						(key) -> batches.computeIfAbsent(mark.date(), (day) -> MarkBatch.newBuilder())
							.addPupilsBuilder()
							.setUrn(mark.urn())
							.setUpn(mark.upn()))
				.addMarks(sessionMark(mark)));
		batches.forEach((day, batch) -> byDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(batch.build()));
	}

	private static SessionMark sessionMark(uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark mark) {
		return SessionMark.newBuilder()
			.setDate(mark.date().toString())
			.setSession(Session.valueOf(mark.session().name()))
			.setCode(mark.code())
			.build();
	}

}
