package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented names. Given names are common first names; family names are generated from
 * pairs of old English place-name parts ("Ash" + "combe"), so they sound like Dorset but
 * are built, not copied from any register of people.
 */
final class PeopleNames {

	static final List<String> GIVEN_FEMALE = List.of("Ava", "Isla", "Freya", "Poppy", "Ivy", "Ella", "Rosie", "Evie",
			"Maisie", "Lily", "Ruby", "Daisy", "Florence", "Willow", "Matilda", "Amelia", "Olivia", "Grace", "Sophia",
			"Phoebe", "Harper", "Zara", "Aisha", "Maya", "Layla", "Zofia", "Amara", "Mei", "Priya", "Nia", "Hannah",
			"Esme", "Thea", "Elsie", "Millie", "Bonnie", "Iris", "Lottie", "Mabel", "Orla");

	static final List<String> GIVEN_MALE = List.of("Noah", "Leo", "Oscar", "Alfie", "Arthur", "Harry", "Jack", "George",
			"Theo", "Finley", "Archie", "Henry", "Teddy", "Reuben", "Ezra", "Oliver", "Charlie", "Freddie", "Albie",
			"Tommy", "Louie", "Mohammed", "Yusuf", "Jakub", "Kai", "Arjun", "Tobi", "Luca", "Ibrahim", "Ethan",
			"Harrison", "Jude", "Rory", "Sonny", "Max", "Alfred", "Elliot", "Felix", "Stanley", "Ronnie");

	static final List<String> FAMILY_FIRST = List.of("Ash", "Brad", "Chal", "Dun", "Eld", "Frome", "Gus", "Hard", "Ips",
			"Kings", "Lang", "Mel", "Nether", "Ock", "Pid", "Quar", "Rush", "Stal", "Tarr", "Up", "Wint", "Yet", "Bere",
			"Cran", "Pen", "Stour", "Crow", "Hol", "Lid", "Thorn");

	static final List<String> FAMILY_SECOND = List.of("combe", "ford", "well", "by", "ley", "ham", "ridge", "stone",
			"wood", "field", "bury", "worth", "den", "more", "hurst", "ton", "cott", "brook", "dale", "mead");

	/** 600 invented family names. */
	static final List<String> FAMILY = family();

	private PeopleNames() {
	}

	static String given(Sex sex, SplittableRandom random) {
		List<String> names = (sex == Sex.F) ? GIVEN_FEMALE : GIVEN_MALE;
		return names.get(random.nextInt(names.size()));
	}

	static String family(SplittableRandom random) {
		return FAMILY.get(random.nextInt(FAMILY.size()));
	}

	private static List<String> family() {
		List<String> names = new ArrayList<>();
		for (String first : FAMILY_FIRST) {
			for (String second : FAMILY_SECOND) {
				names.add(first + second);
			}
		}
		return List.copyOf(names);
	}

}
