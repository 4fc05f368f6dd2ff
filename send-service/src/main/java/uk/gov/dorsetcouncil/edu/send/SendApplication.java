package uk.gov.dorsetcouncil.edu.send;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SendApplication {

	public static void main(String[] args) {
		SpringApplication.run(SendApplication.class, args);
	}

	/** Statutory dates are dates in England. */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/London"));
	}

}
