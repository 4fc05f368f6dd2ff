package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.InboxDay;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.MarksListener;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilListener;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * The read model behind area and cohort figures, the "needs help now" alerts and the
 * ingestion's roll checks (ADR 0008, ADR 0018): every school's roll and marks held in
 * memory as primitive arrays ({@link SchoolAttendance}), about 30 bytes per enrolment and
 * one byte per mark of a school session held. It holds no pupil records: names and
 * details are read from the store by the answers that show them.
 * <p>
 * It is built from the stores at start-up and kept current by the stores themselves,
 * which tell it of every pupil and year of marks they save and of every register they
 * receive; a newer version of a pupil or of a year of marks replaces an older one, so the
 * order in which saves are reported does not matter.
 */
public final class HeldAttendance implements MarksListener, PupilListener {

	private final ConcurrentHashMap<String, SchoolAttendance> schools = new ConcurrentHashMap<>();

	/**
	 * Pupils held at more than one school (dual registration, a move, or marks at a
	 * school before their enrolment there): every such school. A pupil at one school only
	 * is found from that school.
	 */
	private final ConcurrentHashMap<Long, Set<String>> schoolsOfPupil = new ConcurrentHashMap<>();

	/**
	 * Reads every pupil, every year of marks held and every register waiting to be
	 * folded.
	 */
	public void rebuild(PupilRecords pupilRecords, MarkStore marks) {
		pupilRecords.forEach(this::pupilSaved);
		marks.forEach(this::marksSaved);
		marks.inboxes(marks.inboxesWaiting())
			.forEach((urn, inbox) -> inbox.days().forEach((day) -> registersReceived(urn, day)));
	}

	@Override
	public void pupilSaved(Pupil saved) {
		long upn = UpnCode.of(saved.upn());
		Set<String> elsewhere = this.schoolsOfPupil.get(upn);
		if (saved.enrolments().size() > 1 || elsewhere != null) {
			Set<String> all = this.schoolsOfPupil.computeIfAbsent(upn, (code) -> ConcurrentHashMap.newKeySet());
			saved.enrolments().forEach((enrolment) -> all.add(enrolment.urn()));
			for (String urn : all) {
				school(urn).pupil(upn, saved, saved.enrolmentAt(urn).orElse(null));
			}
			return;
		}
		for (Enrolment enrolment : saved.enrolments()) {
			school(enrolment.urn()).pupil(upn, saved, enrolment);
		}
	}

	@Override
	public void marksSaved(YearMarks saved) {
		long upn = UpnCode.of(saved.upn());
		SchoolAttendance school = school(saved.urn());
		noteSchool(upn, school);
		school.saved(upn, saved);
	}

	/**
	 * A school's registers for a day were received and wait to be folded into the pupils'
	 * years (ADR 0017): their marks count from now on.
	 */
	@Override
	public void registersReceived(String urn, InboxDay day) {
		SchoolAttendance school = school(urn);
		List<Upn> pupils = day.pupils();
		long[] codes = new long[pupils.size()];
		byte[] am = new byte[codes.length];
		byte[] pm = new byte[codes.length];
		for (int i = 0; i < codes.length; i++) {
			codes[i] = UpnCode.of(pupils.get(i));
			am[i] = Codes.of(day.mark(i, Session.AM));
			pm[i] = Codes.of(day.mark(i, Session.PM));
			noteSchool(codes[i], school);
		}
		school.received(day.date(), day.received(), codes, am, pm);
	}

	/**
	 * The registers of a school's day, as received at version {@code received}, were
	 * folded.
	 */
	@Override
	public void registersFolded(String urn, LocalDate date, long received) {
		SchoolAttendance school = this.schools.get(urn);
		if (school != null) {
			school.folded(date, received);
		}
	}

	/** Whether a pupil is on a school's roll on a day, as held here. */
	public RollStanding standing(String urn, Upn upn, LocalDate date) {
		SchoolAttendance school = this.schools.get(urn);
		return (school == null) ? RollStanding.NOT_HELD : school.standing(UpnCode.of(upn), date);
	}

	/** Every enrolment a school ever had (in no particular order), as held now. */
	public List<HeldEnrolment> everOnRoll(String urn) {
		SchoolAttendance school = this.schools.get(urn);
		return (school == null) ? List.of() : school.enrolments();
	}

	/** A pupil's enrolments at every school held, the one at {@code urn} first. */
	public List<HeldEnrolment> enrolments(String urn, Upn upn) {
		long code = UpnCode.of(upn);
		List<HeldEnrolment> all = new ArrayList<>();
		Optional.ofNullable(this.schools.get(urn)).map((school) -> school.enrolment(code)).ifPresent(all::add);
		for (String other : this.schoolsOfPupil.getOrDefault(code, Set.of())) {
			if (!other.equals(urn)) {
				Optional.ofNullable(this.schools.get(other))
					.map((school) -> school.enrolment(code))
					.ifPresent(all::add);
			}
		}
		return all;
	}

	/**
	 * An enrolment's year of marks as held: the same as the store answers (the year
	 * saved, with registers not yet folded on top), without a read.
	 */
	public Optional<YearMarks> marks(MarkKey key) {
		SchoolAttendance school = this.schools.get(key.urn());
		return (school == null) ? Optional.empty()
				: Optional.ofNullable(school.marks(UpnCode.of(key.upn()), key.year()));
	}

	/**
	 * An enrolment's counts for the academic year within its days on roll, when a year of
	 * marks is held for it.
	 */
	public Optional<SessionCounts> yearToDate(MarkKey key) {
		SchoolAttendance school = this.schools.get(key.urn());
		return (school == null) ? Optional.empty()
				: Optional.ofNullable(school.yearToDate(UpnCode.of(key.upn()), key.year()));
	}

	/**
	 * A number that changes whenever anything held for the school changes (its roll or
	 * its marks), so that answers computed from it can be kept until it does.
	 */
	public long version(String urn) {
		SchoolAttendance school = this.schools.get(urn);
		return (school == null) ? 0 : school.version();
	}

	/** Enrolment-years with marks held. */
	public int size() {
		int held = 0;
		for (SchoolAttendance school : this.schools.values()) {
			held += school.yearsHeld();
		}
		return held;
	}

	/** Enrolments held, over every school. */
	public long enrolments() {
		long held = 0;
		for (SchoolAttendance school : this.schools.values()) {
			held += school.size();
		}
		return held;
	}

	/** The schools held among these, by URN, in the given order (null where none). */
	List<SchoolAttendance> schools(Collection<String> urns) {
		List<SchoolAttendance> found = new ArrayList<>(urns.size());
		for (String urn : urns) {
			found.add(this.schools.get(urn));
		}
		return found;
	}

	private SchoolAttendance school(String urn) {
		return this.schools.computeIfAbsent(urn, SchoolAttendance::new);
	}

	/**
	 * Marks for a pupil at a school where the pupil may not be enrolled: remember the
	 * school, so that the pupil's next save reaches it.
	 */
	private void noteSchool(long upn, SchoolAttendance school) {
		if (!school.enrolled(upn)) {
			this.schoolsOfPupil.computeIfAbsent(upn, (code) -> ConcurrentHashMap.newKeySet()).add(school.urn);
		}
	}

}
