package uk.gov.dorsetcouncil.edu.attendance.search;

import java.util.List;
import java.util.Set;

/**
 * Common English given names and the short forms a child is known by at school or by the
 * police (a child registered as William is "Billy" in an incident report). Each row is a
 * family of names that stand for one another; a short form in several rows ({@code Alex},
 * {@code Sam}, {@code Charlie}) stands for each. A nickname match scores less than the
 * name itself (ADR 0027): the table is a convention, not a register.
 */
final class Nicknames {

	static final List<Set<String>> FAMILIES = List.of(Set.of("william", "will", "bill", "billy", "liam", "willie"),
			Set.of("robert", "rob", "bob", "bobby", "robbie", "bert"),
			Set.of("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "elsie"),
			Set.of("margaret", "maggie", "meg", "peggy", "maisie"),
			Set.of("katherine", "catherine", "kathryn", "kate", "katie", "kat", "cathy", "kitty"),
			Set.of("alexander", "alex", "xander", "sandy"), Set.of("alexandra", "alex", "lexi", "sasha"),
			Set.of("james", "jim", "jimmy", "jamie"), Set.of("john", "jack", "johnny"),
			Set.of("jonathan", "jon", "jonny"), Set.of("thomas", "tom", "tommy"), Set.of("charles", "charlie", "chas"),
			Set.of("charlotte", "lottie", "charlie"), Set.of("edward", "ed", "eddie", "ted", "teddy", "ned"),
			Set.of("richard", "rich", "rick", "ricky", "dick"), Set.of("michael", "mike", "mikey", "mick"),
			Set.of("daniel", "dan", "danny"), Set.of("benjamin", "ben", "benji"), Set.of("samuel", "sam", "sammy"),
			Set.of("samantha", "sam", "sammie"), Set.of("joseph", "joe", "joey"), Set.of("matthew", "matt"),
			Set.of("christopher", "chris", "kit"), Set.of("nicholas", "nick", "nicky"), Set.of("anthony", "tony"),
			Set.of("jennifer", "jen", "jenny"), Set.of("rebecca", "becky", "becca"),
			Set.of("victoria", "vicky", "tori"), Set.of("abigail", "abby", "abbie"), Set.of("olivia", "liv", "livvy"),
			Set.of("isabella", "isabelle", "izzy", "bella", "issy"), Set.of("eleanor", "elinor", "ellie", "nell"),
			Set.of("amelia", "millie", "mia"), Set.of("florence", "flo", "florrie"),
			Set.of("henry", "harry", "hal", "hank"), Set.of("frederick", "fred", "freddie"), Set.of("oliver", "ollie"),
			Set.of("archibald", "archie"), Set.of("theodore", "theo", "ted", "teddy"), Set.of("zachary", "zach"),
			Set.of("joshua", "josh"), Set.of("nathaniel", "nathan", "nate"), Set.of("patrick", "pat", "paddy"),
			Set.of("stephen", "steven", "steve"), Set.of("sophia", "sophie"), Set.of("gabriel", "gabe"),
			Set.of("harriet", "hattie"), Set.of("louise", "louisa", "lou"), Set.of("susan", "sue", "susie"));

	private Nicknames() {
	}

	/** Whether two different given names stand for one another. */
	static boolean standFor(String a, String b) {
		String left = Names.folded(a);
		String right = Names.folded(b);
		if (left.equals(right)) {
			return false;
		}
		return FAMILIES.stream().anyMatch((family) -> family.contains(left) && family.contains(right));
	}

}
