package uk.gov.dorsetcouncil.edu.pledge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PledgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgeApplication.class, args);
	}

}
