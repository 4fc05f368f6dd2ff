package uk.gov.dorsetcouncil.edu.attendance.support;

import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilMarks;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SessionMark;

/** Stream batches as the rows ingestion checks, numbered as the stream numbers them. */
public final class MarkBatches {

	private MarkBatches() {
	}

	public static List<MarkRow> rows(MarkBatch batch, long firstRow) {
		List<MarkRow> rows = new ArrayList<>();
		long row = firstRow;
		for (PupilMarks pupil : batch.getPupilsList()) {
			for (SessionMark mark : pupil.getMarksList()) {
				rows.add(new MarkRow(row++, pupil.getUrn(), pupil.getUpn(), mark.getDate(), mark.getSession().name(),
						mark.getCode()));
			}
		}
		return rows;
	}

}
