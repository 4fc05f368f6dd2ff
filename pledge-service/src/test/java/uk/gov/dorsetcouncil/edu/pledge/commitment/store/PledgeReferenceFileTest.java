package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Commitment;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Pledge;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Pins every commitment to the Education Strategy 2024 to 2027: "Our pledge to students"
 * (10 bullets, in order) and "The key themes of our workforce pledge" (7 bullets).
 */
class PledgeReferenceFileTest {

	static final PledgeReference REFERENCE = PledgeReferenceFile.read();

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					STUDENT   | 1  | Helpfulness and purpose            | helping children and young people gain the feeling and skill of helpfulness and purpose
					STUDENT   | 2  | Individuality and diversity        | accept, respect and champion individuality for children and young people
					STUDENT   | 3  | A fair and equitable culture       | help to create a fair and equitable culture in all schools across Dorset
					STUDENT   | 4  | Healthy friendships and new things | support all children and young people at all ages to have healthy friendships and to try new things
					STUDENT   | 5  | Mental health and well-being       | promote good mental health and well-being in Dorset for all children and young people
					STUDENT   | 6  | An affordable school trip          | offer every child and young person the opportunity of an affordable school trip. This will include a one night stay away from school
					STUDENT   | 7  | Ready for the world of work        | support schools to help prepare all children and young people for the world of work across Dorset
					STUDENT   | 8  | Better transport                   | continue to support the development of better, cheaper and more frequent transport
					STUDENT   | 9  | Safe places in the community       | support the growth of safe places that meets the individual needs of children and young people within the local community
					STUDENT   | 10 | Listening to every child           | listen to all children and young people of all ages through all means of communication
					WORKFORCE | 1  | Leader well-being                  | leader well-being
					WORKFORCE | 2  | Practitioner well-being            | Teacher, TA and Early Years practitioner well-being
					WORKFORCE | 3  | Central induction for TAs          | Mandatory centralised induction training for TAs
					WORKFORCE | 4  | Professional development           | continued commitment to setting relevant professional development
					WORKFORCE | 5  | TA career progression              | career progression for TAs
					WORKFORCE | 6  | TA pay progression                 | pay progression for TAs
					WORKFORCE | 7  | Recruitment and retention          | recruitment and retention of TAs, Teachers, and School Leaders
					""")
	void everyCommitmentIsTheStrategysOwn(Pledge pledge, int number, String title, String wordingStart) {
		assertThat(REFERENCE.commitments()).filteredOn(c -> c.pledge() == pledge && c.number() == number)
			.singleElement()
			.satisfies(commitment -> {
				assertThat(commitment.title()).isEqualTo(title);
				assertThat(commitment.wording()).startsWith(wordingStart);
				assertThat(commitment.workingGroup().code()).isEqualTo(pledge.name());
			});
	}

	@Test
	void theStudentPledgeHasTenCommitmentsAndTheWorkforcePledgeSevenThemes() {
		assertThat(REFERENCE.commitments()).hasSize(17);
		assertThat(REFERENCE.commitments()).filteredOn(c -> c.pledge() == Pledge.STUDENT).hasSize(10);
		assertThat(REFERENCE.commitments()).filteredOn(c -> c.pledge() == Pledge.WORKFORCE).hasSize(7);
	}

	@Test
	void anIncompletePledgeIsRefusedSayingWhatIsMissing() {
		List<Commitment> withoutStudentSix = REFERENCE.commitments()
			.stream()
			.filter(c -> !c.key().equals("STUDENT-6"))
			.toList();

		assertThatIllegalArgumentException().isThrownBy(() -> new PledgeReference(withoutStudentSix))
			.withMessageContaining("STUDENT commitments must be numbered");
	}

	@Test
	void aCommitmentWithoutWordingIsRefused() {
		List<Commitment> blank = REFERENCE.commitments()
			.stream()
			.map(c -> c.key().equals("WORKFORCE-3")
					? new Commitment(c.pledge(), c.number(), c.title(), " ", c.workingGroup()) : c)
			.toList();

		assertThatIllegalArgumentException().isThrownBy(() -> new PledgeReference(blank))
			.withMessageContaining("WORKFORCE-3 needs a title and the strategy's wording");
	}

}
