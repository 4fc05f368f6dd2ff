package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Commitment;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Pledge;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeReference;
import uk.gov.dorsetcouncil.edu.pledge.commitment.WorkingGroup;

/**
 * Reads the pledges' commitments from {@code pledges/commitments.json}, written from the
 * Education Strategy 2024 to 2027 (the file names its source), with the working group of
 * each pledge ("establish a lead and a working group for the pledge").
 */
final class PledgeReferenceFile {

	static final String RESOURCE = "/pledges/commitments.json";

	private PledgeReferenceFile() {
	}

	static PledgeReference read() {
		try (InputStream in = PledgeReferenceFile.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The pledge reference data " + RESOURCE + " is missing");
			}
			File file = JsonMapper.builder().build().readValue(in, File.class);
			return new PledgeReference(file.commitments()
				.stream()
				.map(row -> new Commitment(Pledge.valueOf(row.pledge()), row.number(), row.title(), row.wording(),
						file.workingGroups().get(row.pledge())))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the pledge reference data " + RESOURCE, ex);
		}
	}

	record File(String source, Map<String, WorkingGroup> workingGroups, List<Row> commitments) {

	}

	record Row(String pledge, int number, String title, String wording) {

	}

}
