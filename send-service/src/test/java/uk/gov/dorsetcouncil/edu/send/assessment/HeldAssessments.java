package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Assessments held in memory with the store's version check, and the changes written. */
public final class HeldAssessments implements AssessmentStore {

	public final Map<Upn, PupilAssessments> pupils = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	@Override
	public PupilAssessments find(Upn upn) {
		return this.pupils.getOrDefault(upn, PupilAssessments.none(upn));
	}

	@Override
	public synchronized boolean save(PupilAssessments assessments, List<Change> changes) {
		if (find(assessments.upn()).version() != assessments.version()) {
			return false;
		}
		this.pupils.put(assessments.upn(),
				new PupilAssessments(assessments.upn(), assessments.assessments(), assessments.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEach(Consumer<PupilAssessments> action) {
		this.pupils.values().forEach(action);
	}

}
