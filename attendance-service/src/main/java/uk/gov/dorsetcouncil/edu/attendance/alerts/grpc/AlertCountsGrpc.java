package uk.gov.dorsetcouncil.edu.attendance.alerts.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Component;

import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCount;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AlertCounts;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetAlertCountsRequest;

/**
 * The alerts' part of {@code dorset.attendance.v1.AttendanceService}: how many children
 * need help now in a school or locality, with the same access rules as REST.
 */
@Component
public class AlertCountsGrpc {

	private final NeedsHelpNow needsHelpNow;

	public AlertCountsGrpc(NeedsHelpNow needsHelpNow) {
		this.needsHelpNow = needsHelpNow;
	}

	public void getAlertCounts(GetAlertCountsRequest request, StreamObserver<AlertCounts> responses) {
		uk.gov.dorsetcouncil.edu.attendance.alerts.AlertCounts counts = this.needsHelpNow
			.counts(CurrentCaller.require(), request.getUrn(), request.getLocality());
		AlertCounts.Builder answer = AlertCounts.newBuilder()
			.setAreaType(counts.areaType())
			.setArea(counts.area())
			.setAsOf(counts.asOf().toString())
			.setChildrenNeedingHelp(counts.childrenNeedingHelp())
			.setSeverelyAbsent(counts.severelyAbsent())
			.setSeverelyAbsentWithCurrentPlan(counts.severelyAbsentWithCurrentPlan());
		counts.children()
			.forEach((type, children) -> answer
				.addCounts(AlertCount.newBuilder().setType(type.name()).setChildren(children)));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

}
