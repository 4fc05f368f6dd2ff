package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.ReceivedRegister;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Rows taken as registers (ADR 0017), waiting in a run until written: each batch's rows
 * become one register per school session, kept in the order the batches came, so that a
 * later batch's mark for a pupil-session replaces an earlier one as an amendment. Within
 * one batch, a pupil-session given twice is rejected every time it appears (which one was
 * meant cannot be known).
 */
final class RegisterRows {

	private final List<ReceivedRegister> waiting = new ArrayList<>();

	private int rows;

	private record SchoolSession(String urn, LocalDate date, Session session) {
	}

	/** Takes a batch's rows of one school-year. */
	void add(List<CheckedRow> batch, List<Rejection> rejected) {
		Map<SchoolSession, Map<Upn, CheckedRow>> sessions = new LinkedHashMap<>();
		Map<SchoolSession, Set<Upn>> conflicts = new LinkedHashMap<>();
		for (CheckedRow row : batch) {
			SchoolSession session = new SchoolSession(row.school().urn(), row.date(), row.session());
			CheckedRow first = sessions.computeIfAbsent(session, (key) -> new LinkedHashMap<>())
				.putIfAbsent(row.upn(), row);
			if (first == null) {
				continue;
			}
			if (conflicts.computeIfAbsent(session, (key) -> new HashSet<>()).add(row.upn())) {
				rejected.add(new Rejection(first.row(), "upn", "pupil " + row.upn()
						+ " has more than one mark for this session in the batch (row " + row.row() + ")"));
			}
			rejected.add(new Rejection(row.row(), "upn",
					"pupil " + row.upn() + " has more than one mark for this session in the batch (row " + first.row()
							+ "); one mark per pupil and session"));
		}
		sessions.forEach((session, marks) -> {
			Set<Upn> twice = conflicts.getOrDefault(session, Set.of());
			Map<Upn, AttendanceCode> register = new LinkedHashMap<>();
			marks.forEach((upn, row) -> {
				if (!twice.contains(upn)) {
					register.put(upn, row.code());
				}
			});
			if (!register.isEmpty()) {
				this.waiting.add(new ReceivedRegister(session.urn(), session.date(), session.session(), register));
				this.rows += register.size();
			}
		});
	}

	/** The rows waiting, as registers; none wait afterwards. */
	List<ReceivedRegister> take() {
		List<ReceivedRegister> taken = List.copyOf(this.waiting);
		this.waiting.clear();
		this.rows = 0;
		return taken;
	}

	int rows() {
		return this.rows;
	}

}
