package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A school day's registers as received and not yet folded into the pupils' years (ADR
 * 0017): every pupil listed in the morning or afternoon register with the mark they now
 * have in each ({@link YearMarks#NO_MARK} where a session did not list them), who took
 * each register and last changed it, and the amendments made meanwhile. Immutable.
 *
 * @see RegisterInbox
 */
public final class InboxDay {

	private final LocalDate date;

	private final long received;

	private final List<Upn> pupils;

	private final char[] am;

	private final char[] pm;

	private final RegisterTaken amTaken;

	private final RegisterTaken pmTaken;

	private final List<Amendment> amendments;

	private Map<Upn, Integer> index;

	/**
	 * @param received the inbox version at which the day last changed
	 * @param am each pupil's morning mark, in the order of {@code pupils}
	 * @param pm each pupil's afternoon mark
	 * @param amTaken the morning register, or null when none was received
	 * @param pmTaken the afternoon register, or null
	 */
	public InboxDay(LocalDate date, long received, List<Upn> pupils, String am, String pm, RegisterTaken amTaken,
			RegisterTaken pmTaken, List<Amendment> amendments) {
		if (am.length() != pupils.size() || pm.length() != pupils.size()) {
			throw new IllegalArgumentException("one morning and one afternoon mark per pupil listed");
		}
		this.date = date;
		this.received = received;
		this.pupils = List.copyOf(pupils);
		this.am = am.toCharArray();
		this.pm = pm.toCharArray();
		this.amTaken = amTaken;
		this.pmTaken = pmTaken;
		this.amendments = List.copyOf(amendments);
	}

	static InboxDay empty(LocalDate date) {
		return new InboxDay(date, 0, List.of(), "", "", null, null, List.of());
	}

	public LocalDate date() {
		return this.date;
	}

	public long received() {
		return this.received;
	}

	public List<Upn> pupils() {
		return this.pupils;
	}

	/** The morning marks, one character per pupil listed. */
	public String am() {
		return new String(this.am);
	}

	public String pm() {
		return new String(this.pm);
	}

	public RegisterTaken taken(Session session) {
		return (session == Session.AM) ? this.amTaken : this.pmTaken;
	}

	public List<Amendment> amendments() {
		return this.amendments;
	}

	/** The pupil's position in the list, or -1. */
	public synchronized int indexOf(Upn upn) {
		if (this.index == null) {
			Map<Upn, Integer> built = new HashMap<>(this.pupils.size() * 2);
			for (int i = 0; i < this.pupils.size(); i++) {
				built.put(this.pupils.get(i), i);
			}
			this.index = built;
		}
		return this.index.getOrDefault(upn, -1);
	}

	/** The mark of the {@code i}th pupil listed, {@link YearMarks#NO_MARK} when none. */
	public char mark(int i, Session session) {
		return (session == Session.AM) ? this.am[i] : this.pm[i];
	}

	/** Whether any pupil has a mark in this session. */
	public boolean anyMark(Session session) {
		for (char mark : (session == Session.AM) ? this.am : this.pm) {
			if (mark != YearMarks.NO_MARK) {
				return true;
			}
		}
		return false;
	}

	/** The pupils marked in a session, as that session's register lists them. */
	public List<Upn> listed(Session session) {
		List<Upn> listed = new ArrayList<>();
		char[] marks = (session == Session.AM) ? this.am : this.pm;
		for (int i = 0; i < marks.length; i++) {
			if (marks[i] != YearMarks.NO_MARK) {
				listed.add(this.pupils.get(i));
			}
		}
		return listed;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof InboxDay day && this.date.equals(day.date) && this.received == day.received
				&& this.pupils.equals(day.pupils) && Arrays.equals(this.am, day.am) && Arrays.equals(this.pm, day.pm)
				&& Objects.equals(this.amTaken, day.amTaken) && Objects.equals(this.pmTaken, day.pmTaken)
				&& this.amendments.equals(day.amendments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.date, this.received, this.pupils.size());
	}

	@Override
	public String toString() {
		return "InboxDay[" + this.date + ", received " + this.received + ", " + this.pupils.size() + " pupils]";
	}

	/** A copy to change while receiving registers. */
	Draft draft() {
		return new Draft(this);
	}

	/** A day being changed by registers received; becomes a new {@link InboxDay}. */
	static final class Draft {

		private final LocalDate date;

		private final List<Upn> pupils;

		private final Map<Upn, Integer> index;

		private char[] am;

		private char[] pm;

		private RegisterTaken amTaken;

		private RegisterTaken pmTaken;

		private final List<Amendment> amendments;

		private final InboxDay from;

		private boolean changed;

		private Draft(InboxDay from) {
			this.from = from;
			this.date = from.date;
			this.pupils = new ArrayList<>(from.pupils);
			this.index = new HashMap<>(Math.max(16, from.pupils.size() * 2));
			for (int i = 0; i < this.pupils.size(); i++) {
				this.index.put(this.pupils.get(i), i);
			}
			this.am = Arrays.copyOf(from.am, Math.max(16, from.am.length));
			this.pm = Arrays.copyOf(from.pm, Math.max(16, from.pm.length));
			this.amTaken = from.amTaken;
			this.pmTaken = from.pmTaken;
			this.amendments = new ArrayList<>(from.amendments);
		}

		LocalDate date() {
			return this.date;
		}

		/** The pupil's position, or -1 when not listed. */
		int indexOf(Upn upn) {
			Integer at = this.index.get(upn);
			return (at != null) ? at : -1;
		}

		/** The pupil's position, listing them (with no marks yet) when new. */
		int listed(Upn upn) {
			Integer at = this.index.get(upn);
			if (at != null) {
				return at;
			}
			int i = this.pupils.size();
			if (i == this.am.length) {
				this.am = Arrays.copyOf(this.am, i * 2);
				this.pm = Arrays.copyOf(this.pm, i * 2);
			}
			this.pupils.add(upn);
			this.index.put(upn, i);
			this.am[i] = YearMarks.NO_MARK;
			this.pm[i] = YearMarks.NO_MARK;
			return i;
		}

		char mark(int i, Session session) {
			return (session == Session.AM) ? this.am[i] : this.pm[i];
		}

		void set(int i, Session session, char mark) {
			((session == Session.AM) ? this.am : this.pm)[i] = mark;
			this.changed = true;
		}

		RegisterTaken taken(Session session) {
			return (session == Session.AM) ? this.amTaken : this.pmTaken;
		}

		void taken(Session session, RegisterTaken taken) {
			if (session == Session.AM) {
				this.amTaken = taken;
			}
			else {
				this.pmTaken = taken;
			}
			this.changed = true;
		}

		void amended(Amendment amendment) {
			this.amendments.add(amendment);
			this.changed = true;
		}

		boolean changed() {
			return this.changed;
		}

		/** How many amendments the day holds so far. */
		int amendments() {
			return this.amendments.size();
		}

		/**
		 * The day as now received, at this inbox version; unchanged, the day as it was.
		 */
		InboxDay build(long received) {
			if (!this.changed) {
				return this.from;
			}
			int size = this.pupils.size();
			return new InboxDay(this.date, received, this.pupils, new String(this.am, 0, size),
					new String(this.pm, 0, size), this.amTaken, this.pmTaken, this.amendments);
		}

	}

}
