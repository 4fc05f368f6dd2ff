package uk.gov.dorsetcouncil.edu.attendance.search.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.grpc.server.service.GrpcService;

import uk.gov.dorsetcouncil.edu.attendance.search.ChildMatching;
import uk.gov.dorsetcouncil.edu.attendance.search.ChildQuery;
import uk.gov.dorsetcouncil.edu.attendance.search.ChildSearch;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildCandidate;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildSearchServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FieldMatch;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindChildRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.FindChildResponse;

/**
 * {@code dorset.attendance.v1.ChildSearchService}: find a child on the rolls. Refusals
 * leave through the platform's problem mapping.
 */
@GrpcService
public class ChildSearchGrpcService extends ChildSearchServiceGrpc.ChildSearchServiceImplBase {

	private final ChildSearch search;

	public ChildSearchGrpcService(ChildSearch search) {
		this.search = search;
	}

	@Override
	public void findChild(FindChildRequest request, StreamObserver<FindChildResponse> responses) {
		ChildQuery query = ChildQuery.of(request.getFamilyName(), request.getGivenName(), request.getDateOfBirth(),
				request.getPostcode(), request.getNhsNumber());
		ChildSearch.Found found = this.search.find(CurrentCaller.require(), query);
		FindChildResponse.Builder response = FindChildResponse.newBuilder()
			.setCompared(found.compared())
			.setThreshold(ChildMatching.THRESHOLD)
			.setMaxCandidates(ChildMatching.MAX_CANDIDATES);
		for (ChildMatching.Candidate candidate : found.candidates()) {
			ChildCandidate.Builder view = ChildCandidate.newBuilder()
				.setUpn(candidate.pupil().upn().value())
				.setFamilyName(candidate.pupil().familyName())
				.setGivenName(candidate.pupil().givenName())
				.setDateOfBirth(candidate.pupil().dateOfBirth().toString())
				.setScore(candidate.score())
				.addAllSchools(candidate.pupil().schoolsOn(found.today()));
			candidate.matched()
				.forEach((match) -> view.addMatched(FieldMatch.newBuilder()
					.setField(match.field().name())
					.setHow(match.how().name())
					.setPoints(match.points())));
			response.addCandidates(view);
		}
		responses.onNext(response.build());
		responses.onCompleted();
	}

}
