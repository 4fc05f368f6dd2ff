package uk.gov.dorsetcouncil.edu.pledge.report.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.pledge.report.Reporting;
import uk.gov.dorsetcouncil.edu.pledge.report.store.MongoBoardReports;

/**
 * The Board's reports: the store, the meetings and rules from their files, the rules of
 * reporting.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	MongoBoardReports boardReports(MongoDatabase database) {
		return new MongoBoardReports(database);
	}

	@Bean
	Reporting reporting(CommitmentEditing commitments, MeasureReading measures, MongoBoardReports reports,
			Clock clock) {
		return new Reporting(commitments, measures, reports, ReportingData.meetings(), ReportingData.rules(), clock);
	}

}
