package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

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
 * <p>
 * Several replicas on one store (ADR 0025): each counts its writes in the store
 * ({@link ReplicaWrites}); before an answer, a replica that finds a write it did not make
 * builds its model again from the store beside the one it answers from, and then answers
 * from the new one.
 */
public final class HeldAttendance implements MarksListener, PupilListener {

	/** What the answers are read from; replaced whole when another replica wrote. */
	private volatile Held held = new Held();

	/** A model being built from the store, given every save meanwhile as well. */
	private volatile Held building;

	/** Saves take it shared, the switch to a new model alone. */
	private final ReadWriteLock switching = new ReentrantReadWriteLock();

	/** Models built so far: part of every school's version, which must never repeat. */
	private volatile long generation;

	private ReplicaWrites writes = ReplicaWrites.ALONE;

	private PupilRecords pupilRecords;

	private MarkStore marks;

	/** The writes counted in the store that this model holds. */
	private long applied;

	/**
	 * Reads every pupil, every year of marks held and every register waiting to be
	 * folded.
	 */
	public void rebuild(PupilRecords pupilRecords, MarkStore marks) {
		load(this.held, pupilRecords, marks);
	}

	/**
	 * Builds the model from the stores and follows the writes every replica counts in the
	 * store: to be called once the model listens to the stores.
	 */
	public synchronized void follow(ReplicaWrites writes, PupilRecords pupilRecords, MarkStore marks) {
		this.writes = writes;
		this.pupilRecords = pupilRecords;
		this.marks = marks;
		this.applied = writes.read(0).writes();
		rebuild(pupilRecords, marks);
	}

	/**
	 * Before an answer: when another replica wrote since the model was built, builds it
	 * again from the stores (every save made meanwhile goes to both) and answers from the
	 * new one.
	 */
	public synchronized void catchUp() {
		ReplicaWrites.Count count = this.writes.read(this.applied);
		if (count.allOwn()) {
			this.applied = Math.max(this.applied, count.writes());
			return;
		}
		Held fresh = new Held();
		locked(() -> this.building = fresh);
		try {
			load(fresh, this.pupilRecords, this.marks);
		}
		catch (RuntimeException ex) {
			locked(() -> this.building = null);
			throw ex;
		}
		locked(() -> {
			this.generation++;
			this.held = fresh;
			this.building = null;
		});
		this.applied = count.writes();
	}

	@Override
	public void written() {
		this.writes.count();
	}

	@Override
	public void pupilSaved(Pupil saved) {
		toEach((model) -> model.pupilSaved(saved));
	}

	@Override
	public void marksSaved(YearMarks saved) {
		toEach((model) -> model.marksSaved(saved));
	}

	/**
	 * A school's registers for a day were received and wait to be folded into the pupils'
	 * years (ADR 0017): their marks count from now on.
	 */
	@Override
	public void registersReceived(String urn, InboxDay day) {
		toEach((model) -> model.registersReceived(urn, day));
	}

	/**
	 * The registers of a school's day, as received at version {@code received}, were
	 * folded.
	 */
	@Override
	public void registersFolded(String urn, LocalDate date, long received) {
		toEach((model) -> model.registersFolded(urn, date, received));
	}

	private static void load(Held model, PupilRecords pupilRecords, MarkStore marks) {
		pupilRecords.forEach(model::pupilSaved);
		marks.forEach(model::marksSaved);
		marks.inboxes(marks.inboxesWaiting())
			.forEach((urn, inbox) -> inbox.days().forEach((day) -> model.registersReceived(urn, day)));
	}

	private void toEach(Consumer<Held> save) {
		this.switching.readLock().lock();
		try {
			save.accept(this.held);
			Held next = this.building;
			if (next != null) {
				save.accept(next);
			}
		}
		finally {
			this.switching.readLock().unlock();
		}
	}

	private void locked(Runnable change) {
		this.switching.writeLock().lock();
		try {
			change.run();
		}
		finally {
			this.switching.writeLock().unlock();
		}
	}

	/** Whether a pupil is on a school's roll on a day, as held here. */
	public RollStanding standing(String urn, Upn upn, LocalDate date) {
		return this.held.standing(urn, upn, date);
	}

	/** Every enrolment a school ever had (in no particular order), as held now. */
	public List<HeldEnrolment> everOnRoll(String urn) {
		SchoolAttendance school = this.held.schools.get(urn);
		return (school == null) ? List.of() : school.enrolments();
	}

	/** A pupil's enrolments at every school held, the one at {@code urn} first. */
	public List<HeldEnrolment> enrolments(String urn, Upn upn) {
		return this.held.enrolments(urn, upn);
	}

	/**
	 * An enrolment's year of marks as held: the same as the store answers (the year
	 * saved, with registers not yet folded on top), without a read.
	 */
	public Optional<YearMarks> marks(MarkKey key) {
		SchoolAttendance school = this.held.schools.get(key.urn());
		return (school == null) ? Optional.empty()
				: Optional.ofNullable(school.marks(UpnCode.of(key.upn()), key.year()));
	}

	/**
	 * An enrolment's counts for the academic year within its days on roll, when a year of
	 * marks is held for it.
	 */
	public Optional<SessionCounts> yearToDate(MarkKey key) {
		SchoolAttendance school = this.held.schools.get(key.urn());
		return (school == null) ? Optional.empty()
				: Optional.ofNullable(school.yearToDate(UpnCode.of(key.upn()), key.year()));
	}

	/**
	 * A number that changes whenever anything held for the school changes (its roll or
	 * its marks, or the whole model when it was built again), so that answers computed
	 * from it can be kept until it does.
	 */
	public long version(String urn) {
		SchoolAttendance school = this.held.schools.get(urn);
		return (this.generation << 40) + ((school == null) ? 0 : school.version());
	}

	/** Enrolment-years with marks held. */
	public int size() {
		int held = 0;
		for (SchoolAttendance school : this.held.schools.values()) {
			held += school.yearsHeld();
		}
		return held;
	}

	/** Enrolments held, over every school. */
	public long enrolments() {
		long held = 0;
		for (SchoolAttendance school : this.held.schools.values()) {
			held += school.size();
		}
		return held;
	}

	/**
	 * The schools held among these, by URN, in the given order (null where none): the
	 * start of every area answer, so the model catches up first.
	 */
	List<SchoolAttendance> schools(Collection<String> urns) {
		catchUp();
		Held model = this.held;
		List<SchoolAttendance> found = new ArrayList<>(urns.size());
		for (String urn : urns) {
			found.add(model.schools.get(urn));
		}
		return found;
	}

	/** One whole model: every school's roll and marks. */
	private static final class Held {

		private final ConcurrentHashMap<String, SchoolAttendance> schools = new ConcurrentHashMap<>();

		/**
		 * Pupils held at more than one school (dual registration, a move, or marks at a
		 * school before their enrolment there): every such school. A pupil at one school
		 * only is found from that school.
		 */
		private final ConcurrentHashMap<Long, Set<String>> schoolsOfPupil = new ConcurrentHashMap<>();

		void pupilSaved(Pupil saved) {
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

		void marksSaved(YearMarks saved) {
			long upn = UpnCode.of(saved.upn());
			SchoolAttendance school = school(saved.urn());
			noteSchool(upn, school);
			school.saved(upn, saved);
		}

		void registersReceived(String urn, InboxDay day) {
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

		void registersFolded(String urn, LocalDate date, long received) {
			SchoolAttendance school = this.schools.get(urn);
			if (school != null) {
				school.folded(date, received);
			}
		}

		RollStanding standing(String urn, Upn upn, LocalDate date) {
			SchoolAttendance school = this.schools.get(urn);
			return (school == null) ? RollStanding.NOT_HELD : school.standing(UpnCode.of(upn), date);
		}

		List<HeldEnrolment> enrolments(String urn, Upn upn) {
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

}
