package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.MarksListener;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilListener;
import uk.gov.dorsetcouncil.edu.attendance.roll.PupilRecords;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * The read model behind area and cohort measures and the "needs help now" alerts (ADR
 * 0008): one {@link YearTally} per enrolment and year, and every pupil's roll record,
 * held in memory. It is built from the stores at start-up and kept current by the stores
 * themselves, which tell it of every year of marks and every pupil they save; a newer
 * version always replaces an older one, so the order in which saves are reported does not
 * matter.
 */
public final class EnrolmentTallies implements MarksListener, PupilListener {

	private final Map<MarkKey, YearTally> tallies = new ConcurrentHashMap<>();

	private final Map<Upn, Pupil> pupils = new ConcurrentHashMap<>();

	private final Map<Upn, Set<MarkKey>> keysByPupil = new ConcurrentHashMap<>();

	/** Pupils by every school they were ever enrolled at, as the roll pages them. */
	private final Map<String, Set<Upn>> pupilsBySchool = new ConcurrentHashMap<>();

	/** Reads every pupil and every year of marks held. */
	public void rebuild(PupilRecords pupilRecords, MarkStore marks) {
		pupilRecords.forEach(this::pupilSaved);
		marks.forEach(this::marksSaved);
	}

	@Override
	public void marksSaved(YearMarks saved) {
		Pupil pupil = this.pupils.get(saved.upn());
		this.keysByPupil.computeIfAbsent(saved.upn(), (upn) -> ConcurrentHashMap.newKeySet()).add(saved.key());
		this.tallies.compute(saved.key(), (key, held) -> (held != null && held.version() >= saved.version()) ? held
				: YearTally.of(saved, onRoll(pupil, key)));
		Pupil now = this.pupils.get(saved.upn());
		if (now != pupil) {
			// The roll changed while these marks were counted: count them on the new one.
			this.tallies.computeIfPresent(saved.key(), (key, held) -> held.within(onRoll(now, key)));
		}
	}

	@Override
	public void pupilSaved(Pupil saved) {
		Pupil now = this.pupils.merge(saved.upn(), saved,
				(held, incoming) -> (held.version() >= incoming.version()) ? held : incoming);
		if (now != saved) {
			return;
		}
		for (Enrolment enrolment : saved.enrolments()) {
			this.pupilsBySchool.computeIfAbsent(enrolment.urn(), (urn) -> ConcurrentHashMap.newKeySet())
				.add(saved.upn());
		}
		for (MarkKey key : this.keysByPupil.getOrDefault(saved.upn(), Set.of())) {
			this.tallies.computeIfPresent(key, (k, held) -> {
				DateRange window = onRoll(saved, k);
				return Objects.equals(window, held.onRoll()) ? held : held.within(window);
			});
		}
	}

	public Collection<YearTally> tallies() {
		return this.tallies.values();
	}

	public Optional<Pupil> pupil(Upn upn) {
		return Optional.ofNullable(this.pupils.get(upn));
	}

	/** Pupils ever enrolled at a school (in no particular order), as held now. */
	public List<Pupil> everOnRoll(String urn) {
		List<Pupil> roll = new ArrayList<>();
		for (Upn upn : this.pupilsBySchool.getOrDefault(urn, Set.of())) {
			Pupil pupil = this.pupils.get(upn);
			if (pupil != null && pupil.enrolmentAt(urn).isPresent()) {
				roll.add(pupil);
			}
		}
		return roll;
	}

	/**
	 * An enrolment's year of marks as last saved, from the packed sessions held here: the
	 * same as the store would answer, without a read.
	 */
	public Optional<YearMarks> marks(MarkKey key) {
		YearTally tally = this.tallies.get(key);
		if (tally == null) {
			return Optional.empty();
		}
		return Optional.of(new YearMarks(key.urn(), key.upn(), key.year(),
				new String(tally.sessions(), StandardCharsets.ISO_8859_1), tally.version()));
	}

	public int size() {
		return this.tallies.size();
	}

	/**
	 * The days of the year the enrolment was on roll. A year of marks whose pupil is not
	 * (yet) known here is counted whole: marks are only accepted for days on roll.
	 */
	static DateRange onRoll(Pupil pupil, MarkKey key) {
		AcademicYear year = key.year();
		DateRange whole = new DateRange(year.firstDay(), year.lastDay());
		if (pupil == null) {
			return whole;
		}
		return pupil.enrolmentAt(key.urn()).flatMap((enrolment) -> enrolment.onRollWithin(whole)).orElse(null);
	}

}
