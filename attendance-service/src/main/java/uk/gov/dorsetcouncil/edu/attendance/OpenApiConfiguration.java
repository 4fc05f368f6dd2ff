package uk.gov.dorsetcouncil.edu.attendance;

import java.util.Arrays;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
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
				Lists are paged: `page` from 0, `size` up to the maximum each operation states.""",
				"/api/v1/attendance");
	}

	/** The DfE's attendance codes, as the registers and imports accept them. */
	@Bean
	OpenApiCustomizer attendanceCodes() {
		return ServiceApiDocument.allowedValues(
				Arrays.stream(AttendanceCode.values()).map(AttendanceCode::symbol).toList(),
				AttendanceCode.PRESENT_AM.symbol(), "MarkBody.code", "ImportMark.code");
	}

	@Bean
	OpenApiCustomizer callerContextRefusal() {
		return ServiceApiDocument.callerContextRefusal();
	}

}
