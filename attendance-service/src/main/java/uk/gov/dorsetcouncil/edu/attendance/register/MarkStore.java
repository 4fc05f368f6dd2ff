package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where marks, registers and amendments are kept (ADR 0004). */
public interface MarkStore {

	Optional<YearMarks> find(MarkKey key);

	/** The years of marks held for these keys; keys with none are absent from the map. */
	Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys);

	/**
	 * Stores the year of marks if the stored version is still {@code marks.version()} (0:
	 * not yet stored), as version + 1.
	 * @return false when someone else changed it first; nothing is written then
	 */
	boolean save(YearMarks marks);

	/**
	 * Stores many years of marks at once, each on the same terms as {@link #save}: one
	 * write per pupil-year, sent together.
	 * @return the keys of the years someone else changed first; nothing was written for
	 * those
	 */
	default Set<MarkKey> saveAll(List<YearMarks> years) {
		Set<MarkKey> lost = new HashSet<>();
		for (YearMarks year : years) {
			if (!save(year)) {
				lost.add(year.key());
			}
		}
		return lost;
	}

	/** Every year of marks held, for rebuilding read models at start-up. */
	void forEach(Consumer<YearMarks> action);

	/** Appends amendments; appending the same one again (same id) changes nothing. */
	void append(List<Amendment> amendments);

	List<Amendment> amendments(String urn, Upn upn);

	/**
	 * Records that a register was taken (the first time) and which pupils it marked;
	 * {@code changed} says whether any mark changed this time.
	 */
	void recordRegister(String urn, LocalDate date, Session session, Set<Upn> pupils, String by, Instant at,
			boolean changed);

	Optional<RegisterRecord> findRegister(String urn, LocalDate date, Session session);

	/**
	 * Records that marks arrived in bulk for these sessions of a school's year (session
	 * index as in {@link YearMarks}): one write per school-year, rather than one per
	 * register, so bulk ingestion stays one write per pupil-year. Recording the same
	 * sessions again only moves the last-received time.
	 */
	void recordSessionsTaken(String urn, AcademicYear year, Set<Integer> sessions, String by, Instant at);

	/**
	 * When each school's marks last arrived, by any path (a register, a bulk import, the
	 * gRPC stream, the connector); schools that never sent any are absent.
	 */
	Map<String, Instant> lastArrivals();

}
