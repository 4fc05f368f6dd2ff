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

/**
 * Where marks, registers and amendments are kept (ADR 0004, ADR 0017): each enrolment's
 * year of marks, and each school's registers received and not yet folded into those
 * years. Reads answer with both: a year as stored with the registers waiting on top.
 */
public interface MarkStore {

	/** An enrolment's year of marks as it now stands (registers waiting included). */
	Optional<YearMarks> find(MarkKey key);

	/**
	 * The years of marks for these keys as they now stand (registers waiting included);
	 * keys with none are absent from the map.
	 */
	Map<MarkKey, YearMarks> findAll(Collection<MarkKey> keys);

	/**
	 * The years of marks as stored, without the registers waiting: what writers of years
	 * read and write back.
	 */
	Map<MarkKey, YearMarks> findFolded(Collection<MarkKey> keys);

	/** Schools' register inboxes as stored; a school with none has an empty one. */
	Map<String, RegisterInbox> inboxes(Collection<String> urns);

	/**
	 * Stores register inboxes that received registers, each if the stored version is
	 * still the one read (0: none stored): one write per school.
	 * @return the schools whose inbox someone else changed first; nothing was written for
	 * those
	 */
	Set<String> saveInboxes(List<RegisterInbox> inboxes);

	/**
	 * Stores an inbox from which days were folded into the pupils' years, if the stored
	 * version is still {@code inbox.version() - 1}.
	 * @return false when someone else changed it first
	 */
	boolean saveFolded(RegisterInbox inbox, List<InboxDay> folded);

	/** The schools with registers waiting to be folded. */
	Set<String> inboxesWaiting();

	/**
	 * Records a register folded from an inbox: taken first by and at as the inbox says
	 * (unless taken earlier), last changed as it says, and the pupils it marked.
	 * Recording it again changes nothing.
	 */
	void foldRegister(String urn, LocalDate date, Session session, List<Upn> pupils, RegisterTaken taken);

	/**
	 * Marks for these schools arrived now, by whoever sent them, with the latest register
	 * date each school sent (see {@link #lastArrivals}); a school's last register date
	 * only moves forward.
	 */
	void arrived(Map<String, LocalDate> lastRegisterDates, String by, Instant at);

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
	 * A session's register as it now stands: taken when the first register or bulk marks
	 * for it arrived, with every pupil it marked (registers waiting included).
	 */
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
	 * gRPC stream, the connector), and the latest register date it has sent; schools that
	 * never sent any are absent.
	 */
	Map<String, Arrival> lastArrivals();

	/**
	 * @param at when the school's marks last arrived
	 * @param lastRegisterDate the latest date of a register it sent, or null when not
	 * recorded (marks that arrived before this was kept)
	 */
	record Arrival(Instant at, LocalDate lastRegisterDate) {
	}

}
