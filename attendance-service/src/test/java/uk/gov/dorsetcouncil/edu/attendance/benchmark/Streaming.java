package uk.gov.dorsetcouncil.edu.attendance.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;

import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.IngestResult;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.MarkBatch;

/**
 * The benchmark's client side: streams batches through {@code StreamMarks} as flow
 * control allows, counting the marks sent and the time spent making the batches (on the
 * same cores as the service), and prints timings.
 */
final class Streaming {

	private Streaming() {
	}

	/**
	 * What a stream sent: marks, batches, the result, and the seconds the client spent
	 * generating batches.
	 */
	record Streamed(long marks, int batches, IngestResult result, double generating) {
	}

	/** Streams the batches, made as they are sent, and times their making. */
	static Streamed send(ManagedChannel channel, Iterator<MarkBatch> made) throws Exception {
		long[] marks = { 0 };
		long[] generating = { 0 };
		Iterator<MarkBatch> batches = new Iterator<>() {

			@Override
			public boolean hasNext() {
				long start = System.nanoTime();
				boolean more = made.hasNext();
				generating[0] += System.nanoTime() - start;
				return more;
			}

			@Override
			public MarkBatch next() {
				long start = System.nanoTime();
				MarkBatch batch = made.next();
				generating[0] += System.nanoTime() - start;
				batch.getPupilsList().forEach((pupil) -> marks[0] += pupil.getMarksCount());
				return batch;
			}

		};
		CompletableFuture<IngestResult> result = new CompletableFuture<>();
		Object ready = new Object();
		@SuppressWarnings("unchecked")
		ClientCallStreamObserver<MarkBatch>[] requests = new ClientCallStreamObserver[1];
		AttendanceServiceGrpc.newStub(channel).streamMarks(new ClientResponseObserver<MarkBatch, IngestResult>() {

			@Override
			public void beforeStart(ClientCallStreamObserver<MarkBatch> stream) {
				requests[0] = stream;
				stream.setOnReadyHandler(() -> {
					synchronized (ready) {
						ready.notifyAll();
					}
				});
			}

			@Override
			public void onNext(IngestResult value) {
				result.complete(value);
			}

			@Override
			public void onError(Throwable error) {
				result.completeExceptionally(error);
			}

			@Override
			public void onCompleted() {
			}

		});
		ClientCallStreamObserver<MarkBatch> stream = requests[0];
		int sent = 0;
		while (batches.hasNext()) {
			MarkBatch batch = batches.next();
			synchronized (ready) {
				while (!stream.isReady()) {
					ready.wait(50);
				}
			}
			stream.onNext(batch);
			sent++;
		}
		stream.onCompleted();
		return new Streamed(marks[0], sent, result.get(60, TimeUnit.MINUTES), generating[0] / 1e9);
	}

	/**
	 * Times {@code calls} calls after {@code warmUp} untimed ones; answers the p95 in ms.
	 */
	static double report(String what, int warmUp, int calls, Runnable call) {
		for (int i = 0; i < warmUp; i++) {
			call.run();
		}
		long[] took = new long[calls];
		for (int i = 0; i < calls; i++) {
			long start = System.nanoTime();
			call.run();
			took[i] = System.nanoTime() - start;
		}
		print(what, took);
		return took[(int) Math.ceil(took.length * 0.95) - 1] / 1e6;
	}

	static void print(String what, long[] took) {
		Arrays.sort(took);
		System.out.printf(Locale.ROOT, "%s, %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, took.length,
				took[took.length / 2] / 1e6, took[(int) Math.ceil(took.length * 0.95) - 1] / 1e6,
				took[took.length - 1] / 1e6);
	}

	/** Heap in use after a full collection, in MB. */
	static long heapAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
