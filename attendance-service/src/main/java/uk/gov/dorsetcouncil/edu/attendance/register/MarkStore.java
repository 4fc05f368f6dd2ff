package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

}
