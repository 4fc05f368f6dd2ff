package uk.gov.dorsetcouncil.edu.belonging.pupil.grpc;

import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.belonging.register.RegisterEntry;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.RegisterEntrySummary;

/**
 * A child's register entries as the child profile's belonging part carries them (ADR
 * 0030).
 */
final class RegisterSummaries {

	private RegisterSummaries() {
	}

	static List<RegisterEntrySummary> of(List<RegisterEntry> entries, LocalDate today) {
		return entries.stream()
			.map(entry -> RegisterEntrySummary.newBuilder()
				.setKind(entry.kind().name())
				.setSchoolLeftUrn((entry.schoolLeftUrn() != null) ? entry.schoolLeftUrn() : "")
				.setOpenedOn(entry.openedOn().toString())
				.setClosedOn((entry.closedOn() != null) ? entry.closedOn().toString() : "")
				.setClosureReason((entry.closureReason() != null) ? entry.closureReason().name() : "")
				.setDaysWithoutPlace(entry.daysWithoutPlace(today).map(Long::intValue).orElse(-1))
				.setStepsOverdue((int) entry.steps().stream().filter(s -> !s.done() && s.breach(today)).count())
				.build())
			.toList();
	}

}
