package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.shared;

import io.grpc.Status;

/** A shared problem type that carries a gRPC status, as {@code Problem} once did. */
public class Refusal extends RuntimeException {

	private final Status.Code code;

	public Refusal(String message) {
		super(message);
		this.code = Status.Code.INVALID_ARGUMENT;
	}

	public Status.Code code() {
		return this.code;
	}

}
