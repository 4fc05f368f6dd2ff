package uk.gov.dorsetcouncil.edu.synthetic;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.calendar.SchoolDays;
import uk.gov.dorsetcouncil.edu.synthetic.register.SessionMark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * England-day is streamed: marks are made as they are consumed, school by school, and
 * never held together.
 */
class EnglandDayStreamingTest {

	@Test
	void fullScaleHasEnglandsSizeAndStartsStreamingAtOnce() {
		SyntheticEducation england = SyntheticEducation.generate(1, Scale.ENGLAND_DAY);
		assertThat(england.schools().size()).isBetween(21_000, 23_000);
		assertThat(england.pupilCount()).isBetween(8_500_000L, 9_500_000L);
		long started = System.nanoTime();
		assertThat(england.marks(SchoolDays.weekdays()).limit(50_000).count()).isEqualTo(50_000);
		// Generating everything first would take minutes; the first marks take a moment.
		assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
	}

	/**
	 * A reduced instance (a tenth of each year group: about 900,000 pupils, 1.8 million
	 * marks, over 100 MB if held) streams with the heap flat: used heap after a full GC
	 * grows by less than 24 MB between a tenth of the way and the end.
	 */
	@Test
	void reducedInstanceStreamsInFlatMemory() {
		SyntheticEducation england = SyntheticEducation.generate(1, Scale.englandDay(0.1));
		long expected = england.pupilCount() * 2;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		Iterator<SessionMark> marks = england.marks(SchoolDays.weekdays()).iterator();
		long count = 0;
		long early = 0;
		while (marks.hasNext()) {
			marks.next();
			count++;
			if (count == expected / 10) {
				early = usedAfterGc(memory);
			}
		}
		long end = usedAfterGc(memory);
		assertThat(count).isGreaterThan(expected * 9 / 10).isLessThanOrEqualTo(expected);
		assertThat(end - early).isLessThan(24L * 1024 * 1024);
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
