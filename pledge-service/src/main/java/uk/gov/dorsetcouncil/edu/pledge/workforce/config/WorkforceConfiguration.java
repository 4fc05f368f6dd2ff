package uk.gov.dorsetcouncil.edu.pledge.workforce.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.pledge.workforce.AcademicTerm;
import uk.gov.dorsetcouncil.edu.pledge.workforce.AcademicTerms;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceReturns;
import uk.gov.dorsetcouncil.edu.pledge.workforce.store.MongoWorkforceSubmissions;

/**
 * Schools' workforce submissions: the store, the terms known
 * ({@code pledges/academic-terms.json}) and how many schools are asked to submit
 * ({@code dorset.pledge.workforce.schools-expected}).
 */
@Configuration(proxyBeanMethods = false)
class WorkforceConfiguration {

	static final String TERMS = "/pledges/academic-terms.json";

	@Bean
	MongoWorkforceSubmissions workforceSubmissions(MongoDatabase database) {
		return new MongoWorkforceSubmissions(database);
	}

	@Bean
	WorkforceReturns workforceReturns(MongoWorkforceSubmissions submissions,
			@Value("${dorset.pledge.workforce.schools-expected}") int schoolsExpected, Clock clock) {
		return new WorkforceReturns(submissions, terms(), schoolsExpected, clock);
	}

	static AcademicTerms terms() {
		try (InputStream in = WorkforceConfiguration.class.getResourceAsStream(TERMS)) {
			if (in == null) {
				throw new IllegalStateException("The terms file " + TERMS + " is missing");
			}
			return new AcademicTerms(JsonMapper.builder().build().readValue(in, TermsFile.class).terms());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the terms file " + TERMS, ex);
		}
	}

	record TermsFile(String source, List<AcademicTerm> terms) {
	}

}
