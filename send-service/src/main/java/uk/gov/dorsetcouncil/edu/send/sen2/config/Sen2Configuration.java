package uk.gov.dorsetcouncil.edu.send.sen2.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;
import uk.gov.dorsetcouncil.edu.send.sen2.Sen2Counting;

/** SEN2: the counting over the assessments, reviews and plans held. */
@Configuration(proxyBeanMethods = false)
class Sen2Configuration {

	@Bean
	Sen2Counting sen2Counting(AssessmentRecording assessments, ReviewRecording reviews, EhcPlanStore plans,
			Clock clock) {
		return new Sen2Counting(assessments, reviews, plans, clock);
	}

}
