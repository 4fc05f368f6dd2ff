package uk.gov.dorsetcouncil.edu.platform.web.sample;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.web.QueryParameters;

/** A service with the platform's web plumbing and one handler of each shape. */
@SpringBootApplication
public class SampleApplication {

	/** A body of every scalar kind. */
	public record ThingBody(String name, Integer count, Boolean flag, int rank, List<String> tags) {
	}

	/** A parameter object. */
	public record Period(String from, String to) {
	}

	@RestController
	static class Things {

		@PutMapping("/api/v1/things/{id}")
		ThingBody put(Caller caller, @PathVariable String id, @RequestBody ThingBody body) {
			return body;
		}

		@GetMapping("/api/v1/things")
		Map<String, Object> list(Caller caller, @RequestParam(required = false) String school,
				@RequestParam(name = "size", required = false) Integer pageSize, @ModelAttribute Period period) {
			DateBounds.parse("from", period.from());
			return Map.of("school", String.valueOf(school), "size", String.valueOf(pageSize));
		}

		@GetMapping("/api/v1/anything")
		Map<String, String> anything(Caller caller, @RequestParam Map<String, String> all) {
			return all;
		}

		@GetMapping("/api/v1/own")
		@QueryParameters("purpose")
		String own(Caller caller) {
			return "ok";
		}

	}

}
