package uk.gov.dorsetcouncil.edu.platform.testing;

/**
 * Stand-ins (a token issuer, stubs of other services or outside systems) that a test
 * class starts once, in its static fields. They are stopped when the test JVM exits
 * rather than after the class: Spring's test context cache keeps the gateway wired to
 * their ports until then, and a failed test run again at the end of the run (failsafe's
 * rerun) needs them still answering.
 */
public final class StandIns {

	private StandIns() {
	}

	public static void stopAtExit(AutoCloseable... standIns) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			for (AutoCloseable standIn : standIns) {
				try {
					standIn.close();
				}
				catch (Exception ex) {
					// The JVM is exiting; nothing is left to tell.
				}
			}
		}, "stop-stand-ins"));
	}

}
