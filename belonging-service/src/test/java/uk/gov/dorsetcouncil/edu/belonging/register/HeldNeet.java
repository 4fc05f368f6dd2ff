package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Month-end activities held in memory, one per young person and month. */
public final class HeldNeet implements NeetStore {

	public final Map<String, NeetActivity> held = new LinkedHashMap<>();

	@Override
	public void save(NeetActivity activity) {
		this.held.put(activity.upn().value() + ":" + activity.month(), activity);
	}

	@Override
	public List<NeetActivity> of(List<YearMonth> months) {
		return this.held.values().stream().filter(a -> months.contains(a.month())).toList();
	}

}
