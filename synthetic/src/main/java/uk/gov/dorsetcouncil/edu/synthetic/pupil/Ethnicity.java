package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * DfE main ethnicity codes with the share of pupils given each. Dorset-facts says only
 * "under 10% from black and minority ethnic groups"; the split below is an assumption
 * that puts 9.3% in groups other than White British, with Gypsy/Roma (WROM) and traveller
 * of Irish heritage (WIRT) together at 0.4%.
 */
final class Ethnicity {

	static final Map<String, Double> SHARES = shares();

	static final Set<String> GYPSY_ROMA_TRAVELLER = Set.of("WIRT", "WROM");

	static final Set<String> NOT_MINORITY = Set.of("WBRI", "REFU", "NOBT");

	private Ethnicity() {
	}

	static String pick(double draw) {
		double cumulative = 0;
		String last = null;
		for (Map.Entry<String, Double> share : SHARES.entrySet()) {
			cumulative += share.getValue();
			last = share.getKey();
			if (draw < cumulative) {
				return last;
			}
		}
		return last;
	}

	private static Map<String, Double> shares() {
		Map<String, Double> shares = new LinkedHashMap<>();
		shares.put("WBRI", 0.895);
		shares.put("REFU", 0.008);
		shares.put("NOBT", 0.004);
		shares.put("WOTH", 0.035);
		shares.put("WIRI", 0.003);
		shares.put("WIRT", 0.001);
		shares.put("WROM", 0.003);
		shares.put("MWBC", 0.006);
		shares.put("MWBA", 0.003);
		shares.put("MWAS", 0.006);
		shares.put("MOTH", 0.007);
		shares.put("AIND", 0.005);
		shares.put("APKN", 0.002);
		shares.put("ABAN", 0.002);
		shares.put("CHNE", 0.003);
		shares.put("AOTH", 0.004);
		shares.put("BAFR", 0.005);
		shares.put("BCRB", 0.001);
		shares.put("BOTH", 0.001);
		shares.put("OOTH", 0.006);
		return shares;
	}

}
