package uk.gov.dorsetcouncil.edu.attendance.ingest.config;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkIngest;
import uk.gov.dorsetcouncil.edu.attendance.ingest.store.MongoImportStore;
import uk.gov.dorsetcouncil.edu.attendance.measures.HeldAttendance;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;

/**
 * Bulk ingestion: the row checks, the job store and one background worker for imports.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	@Bean
	MarkIngest markIngest(MongoSchoolDirectory schools, MongoPupilRecords pupils, HeldAttendance held,
			MongoMarkStore marks, TermDates termDates, Clock clock) {
		return new MarkIngest(schools, pupils, held::standing, marks, termDates, clock);
	}

	@Bean
	MongoImportStore importStore(MongoDatabase database) {
		return new MongoImportStore(database);
	}

	/**
	 * Imports run one at a time: each is CPU-bound and already writes in bulk, and on a
	 * small machine a second would only slow the first.
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService importWorker() {
		return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("attendance-import").daemon().factory());
	}

	@Bean
	ImportJobs importJobs(MarkIngest ingest, MongoImportStore store, ExecutorService importWorker, Clock clock) {
		ImportJobs jobs = new ImportJobs(ingest, store, importWorker, clock);
		jobs.failInterrupted();
		return jobs;
	}

}
