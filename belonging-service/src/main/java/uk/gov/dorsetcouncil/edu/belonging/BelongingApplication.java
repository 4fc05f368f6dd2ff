package uk.gov.dorsetcouncil.edu.belonging;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BelongingApplication {

	public static void main(String[] args) {
		SpringApplication.run(BelongingApplication.class, args);
	}

}
