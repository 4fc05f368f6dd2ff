package uk.gov.dorsetcouncil.edu.gateway.health;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /health}, open to all: the platform's health at a glance, 200 when every
 * service is ready, 503 otherwise.
 */
@RestController
class HealthController {

	private final ServiceHealth serviceHealth;

	HealthController(ServiceHealth serviceHealth) {
		this.serviceHealth = serviceHealth;
	}

	@GetMapping("/health")
	Mono<ResponseEntity<ServiceHealth.AggregatedHealth>> health() {
		return this.serviceHealth.check()
			.map(health -> ResponseEntity
				.status((health.status() == ServiceHealth.Status.UP) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
				.cacheControl(CacheControl.noStore())
				.body(health));
	}

}
