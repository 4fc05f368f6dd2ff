package uk.gov.dorsetcouncil.edu.send.attendance.client;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerPropagatingClientInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamSettings;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.send.attendance.PupilAttendance;
import uk.gov.dorsetcouncil.edu.send.attendance.client.FakeAttendanceService.Behaviour;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attendance client against a real in-process gRPC server that runs the platform's
 * caller check, with a short deadline and a small breaker so that the test stays fast.
 */
class AttendanceClientTest {

	static final Upn PUPIL = Upn.withCheckLetter("838200125001");

	static final Duration DEADLINE = Duration.ofMillis(150);

	static final Duration WAIT_IN_OPEN_STATE = Duration.ofMillis(300);

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "attendance:read"));

	final FakeAttendanceService attendance = new FakeAttendanceService(DEADLINE.multipliedBy(3));

	Server server;

	ManagedChannel channel;

	DownstreamCalls downstream;

	AttendanceClient client;

	@BeforeEach
	void start() throws Exception {
		String name = InProcessServerBuilder.generateName();
		this.server = InProcessServerBuilder.forName(name)
			.addService(ServerInterceptors.intercept(this.attendance, new CallerServerInterceptor()))
			.build()
			.start();
		this.channel = InProcessChannelBuilder.forName(name)
			.intercept(new CallerPropagatingClientInterceptor(() -> Caller.service("send-service", Set.of())))
			.build();
		DownstreamSettings.Target target = new DownstreamSettings.Target(DEADLINE, 50f, null, 4, 4, WAIT_IN_OPEN_STATE);
		this.downstream = new DownstreamCalls(new DownstreamSettings(Map.of(AttendanceClient.TARGET, target)),
				CircuitBreakerRegistry.ofDefaults());
		this.client = new AttendanceClient(AttendanceServiceGrpc.newBlockingStub(this.channel),
				this.downstream.to(AttendanceClient.TARGET), target);
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.server.shutdownNow();
	}

	@Test
	void aNormalAnswerGivesTheCombinedFigures() {
		PupilAttendance answer = this.client.attendanceOf(PUPIL);

		assertThat(answer).isInstanceOfSatisfying(PupilAttendance.Available.class, available -> {
			assertThat(available.summary().basis()).isEqualTo("academic year to date");
			assertThat(available.summary().asOf()).isEqualTo("2025-11-21T16:00:00Z");
			assertThat(available.summary().combined().possibleSessions()).isEqualTo(110);
			assertThat(available.summary().combined().attendancePercent()).isEqualTo(87.3);
			assertThat(available.summary().combined().persistentlyAbsent()).isTrue();
			assertThat(available.summary().combined().severelyAbsent()).isFalse();
		});
	}

	@Test
	void anAnswerSlowerThanTheDeadlineIsUnavailableWithTheReason() {
		this.attendance.behave(Behaviour.SLOW);

		long started = System.nanoTime();
		PupilAttendance answer = this.client.attendanceOf(PUPIL);
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(answer)
			.isEqualTo(new PupilAttendance.Unavailable("attendance service did not answer within 150 ms"));
		assertThat(waited).isLessThan(DEADLINE.multipliedBy(3));
	}

	@Test
	void afterEnoughFailuresTheBreakerOpensAndCallsFailFastWithoutReachingTheServer() {
		this.attendance.behave(Behaviour.UNAVAILABLE);
		for (int i = 0; i < 4; i++) {
			assertThat(this.client.attendanceOf(PUPIL))
				.isEqualTo(new PupilAttendance.Unavailable("attendance service is not reachable: restarting"));
		}
		assertThat(this.downstream.to(AttendanceClient.TARGET).state()).isEqualTo(CircuitBreaker.State.OPEN);

		for (int i = 0; i < 3; i++) {
			assertThat(this.client.attendanceOf(PUPIL)).isInstanceOfSatisfying(PupilAttendance.Unavailable.class,
					unavailable -> assertThat(unavailable.reason()).startsWith("attendance service circuit open"));
		}

		assertThat(this.attendance.calls()).isEqualTo(4);
	}

	@Test
	void theBreakerClosesAgainAfterTheWaitWhenTheServerHasRecovered() throws InterruptedException {
		this.attendance.behave(Behaviour.UNAVAILABLE);
		for (int i = 0; i < 4; i++) {
			this.client.attendanceOf(PUPIL);
		}
		assertThat(this.downstream.to(AttendanceClient.TARGET).state()).isEqualTo(CircuitBreaker.State.OPEN);
		this.attendance.behave(Behaviour.ANSWER);

		Thread.sleep(WAIT_IN_OPEN_STATE.plusMillis(100));
		PupilAttendance first = this.client.attendanceOf(PUPIL);
		PupilAttendance second = this.client.attendanceOf(PUPIL);

		assertThat(first).isInstanceOf(PupilAttendance.Available.class);
		assertThat(second).isInstanceOf(PupilAttendance.Available.class);
		assertThat(this.downstream.to(AttendanceClient.TARGET).state()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.attendance.calls()).isEqualTo(6);
	}

	@Test
	void notOnRollPassesThroughAndDoesNotCountAgainstTheBreaker() {
		this.attendance.behave(Behaviour.NOT_FOUND);

		for (int i = 0; i < 8; i++) {
			assertThat(this.client.attendanceOf(PUPIL)).isEqualTo(new PupilAttendance.NotOnRoll());
		}

		assertThat(this.attendance.calls()).isEqualTo(8);
		assertThat(this.downstream.to(AttendanceClient.TARGET).state()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.downstream.registry()
			.circuitBreaker(AttendanceClient.TARGET)
			.getMetrics()
			.getNumberOfFailedCalls()).isZero();
	}

	@Test
	void theCallersContextArrivesAtTheServer() {
		CurrentCaller.callAs(CASEWORKER, () -> this.client.attendanceOf(PUPIL));

		assertThat(this.attendance.callers()).singleElement().satisfies(caller -> {
			assertThat(caller.subject()).isEqualTo("caseworker-7");
			assertThat(caller.clientId()).isEqualTo("dashboard");
			assertThat(caller.organisation()).isEqualTo(Organisation.localAuthority("838"));
			assertThat(caller.scopes()).containsExactlyInAnyOrder("ehcp:read", "attendance:read");
		});
	}

	@Test
	void withoutACallerTheServiceSpeaksForItself() {
		this.client.attendanceOf(PUPIL);

		assertThat(this.attendance.callers()).singleElement()
			.satisfies(caller -> assertThat(caller.organisation()).isEqualTo(Organisation.service("send-service")));
	}

}
