package uk.gov.dorsetcouncil.edu.attendance;

import java.util.Arrays;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;

/**
 * The OpenAPI document of the REST API, served at {@code /api/v1/attendance/openapi.json}
 * so that it is reachable through the gateway's route like every other call (and, like
 * them, only with the caller headers); what every service's document says alike is in
 * {@link ServiceApiDocument}, and controllers refer to its error responses by name.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	public static final String BAD_REQUEST = ServiceApiDocument.BAD_REQUEST;

	public static final String FORBIDDEN = ServiceApiDocument.FORBIDDEN;

	public static final String NOT_FOUND = ServiceApiDocument.NOT_FOUND;

	public static final String CONFLICT = ServiceApiDocument.CONFLICT;

	public static final String TOO_LARGE = ServiceApiDocument.TOO_LARGE;

	public static final String RULE_BROKEN = ServiceApiDocument.RULE_BROKEN;

	@Bean
	OpenAPI attendanceOpenApi() {
		return ServiceApiDocument.describe("Dorset attendance service", """
				Schools, pupil rolls, session registers, bulk imports, DfE absence measures, \
				alerts, attendance plans and the MIS connector of the Dorset Education Platform. \
				A school acts only for itself and pupils on its roll, a locality officer for the \
				locality's schools, the local authority and platform services for the county. \
				Lists are paged alike: `page` from 0, `size` 1 to 100 (default 50); each answer \
				holds `items`, `page`, `size` and `total`, and its `Link` header names the first, \
				previous, next and last pages (RFC 8288).""", "/api/v1/attendance");
	}

	/**
	 * The DfE's attendance codes, as the registers and imports accept them and as an
	 * amendment names the code it replaced and the code it set.
	 */
	@Bean
	OpenApiCustomizer attendanceCodes() {
		return ServiceApiDocument.allowedValues(
				Arrays.stream(AttendanceCode.values()).map(AttendanceCode::symbol).toList(),
				AttendanceCode.PRESENT_AM.symbol(), "MarkBody.code", "ImportMark.code", "AmendmentView.from",
				"AmendmentView.to");
	}

	/** The register sessions, as the answers name them. */
	@Bean
	OpenApiCustomizer sessions() {
		return ServiceApiDocument.allowedValues(Arrays.stream(Session.values()).map(Session::name).toList(),
				Session.AM.name(), "OutcomeView.session", "RegisterView.session", "AmendmentView.session");
	}

	@Bean
	OpenApiCustomizer callerContextRefusal() {
		return ServiceApiDocument.callerContextRefusal();
	}

	/** Paging parameters and the Idempotency-Key header, documented once. */
	@Bean
	OperationCustomizer platformParameters() {
		return ServiceApiDocument.platformParameters();
	}

}
