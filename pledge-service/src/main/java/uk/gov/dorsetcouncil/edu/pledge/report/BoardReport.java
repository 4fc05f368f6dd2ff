package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The pledges' report to one meeting of the Education Board, kept as it was made: every
 * commitment's version, every figure with its provenance and as-of time, the rules the
 * statuses were derived by, and the overrides officers gave since. Reading it later reads
 * it as it was, whatever has changed since.
 *
 * @param meeting the meeting's date
 * @param title the meeting's title
 * @param version 1 when made, one more for each override
 * @param asOf when it was made (the time its commitments and figures were read)
 * @param producedBy who made it
 * @param previousMeeting the meeting of the report it is compared with; null for the
 * first
 * @param rules the status rules it was made with
 * @param commitments every commitment of both pledges
 */
public record BoardReport(LocalDate meeting, String title, long version, Instant asOf, String producedBy,
		LocalDate previousMeeting, RagRules rules, List<CommitmentLine> commitments) {

	public BoardReport {
		commitments = List.copyOf(commitments);
	}

	BoardReport withLine(CommitmentLine line) {
		return new BoardReport(this.meeting, this.title, this.version + 1, this.asOf, this.producedBy,
				this.previousMeeting, this.rules,
				this.commitments.stream()
					.map(held -> held.commitment().key().equals(line.commitment().key()) ? line : held)
					.toList());
	}

}
