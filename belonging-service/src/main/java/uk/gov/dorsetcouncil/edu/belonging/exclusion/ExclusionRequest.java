package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.List;

/**
 * A suspension or permanent exclusion as a school sends it, unchecked: every field may be
 * absent or wrong, and {@link ExclusionRecording} says which.
 *
 * @param upn the pupil
 * @param schoolUrn the excluding school
 * @param type {@code SUSPENSION} or {@code PERMANENT_EXCLUSION}
 * @param startDate yyyy-MM-dd, a school day
 * @param schoolDays a suspension's length in whole school days, or
 * @param sessions its length in sessions, or
 * @param lunchtimes its length in lunchtimes
 * @param reasons one to three DfE reason codes
 * @param decidedBy the headteacher who decided
 * @param lookedAfter the child is looked after
 * @param socialWorker the child has a social worker
 * @param missesPublicExam it makes the child miss a public exam or national test
 */
public record ExclusionRequest(String upn, String schoolUrn, String type, String startDate, Integer schoolDays,
		Integer sessions, Integer lunchtimes, List<String> reasons, String decidedBy, Boolean lookedAfter,
		Boolean socialWorker, Boolean missesPublicExam) {

}
