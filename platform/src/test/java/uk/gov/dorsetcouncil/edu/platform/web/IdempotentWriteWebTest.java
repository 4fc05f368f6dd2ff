package uk.gov.dorsetcouncil.edu.platform.web;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencySettings;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;

import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A controller's write opted in with {@link IdempotentWrite}, through the servlet stack.
 */
class IdempotentWriteWebTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("idempotent-web");

	final Notes notes = new Notes();

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		MongoDatabase database = mongo.emptyDatabase();
		IdempotencyKeys keys = new IdempotencyKeys(database, IdempotencySettings.defaults(),
				new MutableClock(Instant.parse("2026-10-01T09:00:00Z")));
		this.mvc = MockMvcBuilders.standaloneSetup(this.notes)
			.setCustomArgumentResolvers(new CallerArgumentResolver())
			.setControllerAdvice(new ProblemDetailsAdvice())
			.addInterceptors(new IdempotentWriteInterceptor(keys))
			.addFilters(new CallerContextFilter(), new IdempotentRequestFilter(keys))
			.build();
	}

	@Test
	void aRetryGetsTheFirstAnswerWithoutRunningAgain() throws Exception {
		MvcResult first = this.mvc.perform(note("k1", "{\"text\":\"hello\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		this.mvc.perform(note("k1", "{\"text\":\"hello\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(IdempotentWriteInterceptor.REPLAYED, "true"))
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(content().string(first.getResponse().getContentAsString()));
		assertThat(this.notes.written).hasValue(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflictNamingTheHeader() throws Exception {
		this.mvc.perform(note("k1", "{\"text\":\"hello\"}")).andExpect(status().isCreated());
		this.mvc.perform(note("k1", "{\"text\":\"other\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/conflict"))
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		assertThat(this.notes.written).hasValue(1);
	}

	@Test
	void withoutAKeyEveryRequestRuns() throws Exception {
		this.mvc.perform(note(null, "{\"text\":\"hello\"}")).andExpect(status().isCreated());
		this.mvc.perform(note(null, "{\"text\":\"hello\"}")).andExpect(status().isCreated());
		assertThat(this.notes.written).hasValue(2);
	}

	@Test
	void aRefusedRequestStoresNothingSoItsRetryRunsAgain() throws Exception {
		this.mvc.perform(note("k1", "{\"text\":\"\"}")).andExpect(status().isBadRequest());
		this.mvc.perform(note("k1", "{\"text\":\"\"}")).andExpect(status().isBadRequest());
		assertThat(this.notes.refused).hasValue(2);
	}

	@Test
	void aRequiredKeyThatIsMissingOrMalformedIsA400NamingTheHeader() throws Exception {
		this.mvc
			.perform(post("/api/v1/notes/required").header("x-dorset-subject", "s")
				.header("x-dorset-organisation", "SCHOOL:990027")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		this.mvc.perform(note("has space", "{\"text\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
	}

	@Test
	void aRetryWhileTheFirstRunsIsAConflictToTryAgain() throws Exception {
		this.notes.hold = new CountDownLatch(1);
		this.notes.holding = new CountDownLatch(1);
		Thread first = new Thread(() -> {
			try {
				this.mvc.perform(note("k1", "{\"text\":\"slow\"}"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		first.start();
		assertThat(this.notes.holding.await(10, TimeUnit.SECONDS)).isTrue();
		this.mvc.perform(note("k1", "{\"text\":\"slow\"}"))
			.andExpect(status().isConflict())
			.andExpect(header().string("Retry-After", "1"));
		this.notes.hold.countDown();
		first.join();
		this.mvc.perform(note("k1", "{\"text\":\"slow\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(IdempotentWriteInterceptor.REPLAYED, "true"));
		assertThat(this.notes.written).hasValue(1);
	}

	private static MockHttpServletRequestBuilder note(String key, String body) {
		MockHttpServletRequestBuilder request = post("/api/v1/notes").header("x-dorset-subject", "teacher")
			.header("x-dorset-organisation", "SCHOOL:990027")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		return (key != null) ? request.header("Idempotency-Key", key) : request;
	}

	record Note(String text) {
	}

	@RestController
	static class Notes {

		final AtomicInteger written = new AtomicInteger();

		final AtomicInteger refused = new AtomicInteger();

		volatile CountDownLatch hold;

		volatile CountDownLatch holding;

		@IdempotentWrite
		@PostMapping("/api/v1/notes")
		ResponseEntity<Note> write(@RequestBody Note note, Caller caller) throws InterruptedException {
			if (note.text().isEmpty()) {
				this.refused.incrementAndGet();
				throw ProblemException.invalid("text", "a note says something");
			}
			if (this.hold != null) {
				this.holding.countDown();
				this.hold.await(10, TimeUnit.SECONDS);
			}
			int number = this.written.incrementAndGet();
			return ResponseEntity.status(HttpStatus.CREATED).body(new Note(number + ": " + note.text()));
		}

		@IdempotentWrite(required = true)
		@PostMapping("/api/v1/notes/{kind}")
		ResponseEntity<Note> writeRequired(@PathVariable String kind, @RequestBody Note note) {
			return ResponseEntity.status(HttpStatus.CREATED).body(note);
		}

	}

}
