package uk.gov.dorsetcouncil.edu.pledge.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Action;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Evidence;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Owner;
import uk.gov.dorsetcouncil.edu.pledge.commitment.WorkingGroup;
import uk.gov.dorsetcouncil.edu.pledge.report.BoardReport;
import uk.gov.dorsetcouncil.edu.pledge.report.CommitmentLine;
import uk.gov.dorsetcouncil.edu.pledge.report.MeasureLine;
import uk.gov.dorsetcouncil.edu.pledge.report.Movement;
import uk.gov.dorsetcouncil.edu.pledge.report.Override;
import uk.gov.dorsetcouncil.edu.pledge.report.Rag;
import uk.gov.dorsetcouncil.edu.pledge.report.RagRules;

/** A Board report as the API answers it. */
record ReportView(LocalDate meeting, String title, long version,
		@Schema(description = "when the report was made: its commitments and figures are as of then") Instant asOf,
		String producedBy,
		@Schema(description = "the meeting of the report compared with; null for the first") LocalDate previousMeeting,
		RagRules rules, @Schema(description = "how many commitments have each status") Map<Rag, Integer> statuses,
		List<LineView> commitments) {

	static ReportView of(BoardReport report) {
		Map<Rag, Integer> statuses = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			statuses.put(rag, 0);
		}
		report.commitments().forEach(line -> statuses.merge(line.status(), 1, Integer::sum));
		return new ReportView(report.meeting(), report.title(), report.version(), report.asOf(), report.producedBy(),
				report.previousMeeting(), report.rules(), statuses,
				report.commitments().stream().map(LineView::of).toList());
	}

	record LineView(String key, String pledge, int number, String title,
			@Schema(description = "the commitment's version reported on") long commitmentVersion,
			WorkingGroup workingGroup, Owner owner,
			@Schema(description = "the status its keepers set") String ownerStatus,
			@Schema(description = "the report's status: the officer's override if any, else the derived one") Rag status,
			@Schema(description = "the status the rules derive from the measures") Rag derived, Override override,
			@Schema(description = "the status in the previous report; null when there was none") Rag previous,
			Movement movement, List<MeasureLine> measures, List<Action> actions, List<Evidence> evidence) {

		static LineView of(CommitmentLine line) {
			CommitmentVersion c = line.commitment();
			return new LineView(c.key(), c.pledge().name(), c.number(), c.title(), c.version(), c.workingGroup(),
					c.owner(), c.status().name(), line.status(), line.derived(), line.override(), line.previous(),
					line.movement(), line.measures(), c.actions(), c.evidence());
		}

	}

}
