package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.alerts.Alert;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.Page;
import uk.gov.dorsetcouncil.edu.attendance.alerts.TransitionWatch;
import uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** The children who need help now, and the Year 6 to Year 7 transition watch list. */
@RestController
@RequestMapping("/api/v1/attendance/alerts")
class AlertController {

	private final NeedsHelpNow needsHelpNow;

	AlertController(NeedsHelpNow needsHelpNow) {
		this.needsHelpNow = needsHelpNow;
	}

	record AlertView(String type, String urn, String upn, String pupilName, int yearGroup, String since,
			String reason) {

		static AlertView of(Alert alert) {
			return new AlertView(alert.type().name(), alert.urn(), alert.upn().value(), alert.pupilName(),
					alert.yearGroup(), (alert.since() != null) ? alert.since().toString() : null, alert.reason());
		}

	}

	record AlertPage(String basis, String asOf, int page, int size, long total, List<AlertView> alerts) {
	}

	record FiguresView(int possibleSessions, int absentSessions, double overallAbsencePercent,
			boolean persistentlyAbsent, boolean severelyAbsent) {

		static FiguresView of(AttendanceFigures figures) {
			return new FiguresView(figures.counts().possible(), figures.counts().absent(),
					figures.overallAbsencePercent(), figures.persistentlyAbsent(), figures.severelyAbsent());
		}

	}

	record TransitionView(String reason, String urn, String upn, String pupilName, int yearGroup, FiguresView thisYear,
			FiguresView lastYear, String why) {

		static TransitionView of(TransitionWatch.Entry entry) {
			return new TransitionView(entry.reason().name(), entry.urn(), entry.upn().value(), entry.pupilName(),
					entry.yearGroup(), FiguresView.of(entry.thisYear()),
					entry.lastYear().map(FiguresView::of).orElse(null), entry.why());
		}

	}

	record TransitionPage(String basis, String asOf, int page, int size, long total, List<TransitionView> pupils) {
	}

	@GetMapping
	AlertPage alerts(Caller caller, @RequestParam(required = false) String school,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Page<Alert> found = this.needsHelpNow.alerts(caller, school, type, page, size);
		return new AlertPage("academic year to date", found.asOf().toString(), found.page(), found.size(),
				found.total(), found.items().stream().map(AlertView::of).toList());
	}

	@GetMapping("/transition")
	TransitionPage transition(Caller caller, @RequestParam(required = false) String school,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<TransitionWatch.Entry> found = this.needsHelpNow.transition(caller, school, page, size);
		return new TransitionPage("academic year to date; last year in full", found.asOf().toString(), found.page(),
				found.size(), found.total(), found.items().stream().map(TransitionView::of).toList());
	}

}
