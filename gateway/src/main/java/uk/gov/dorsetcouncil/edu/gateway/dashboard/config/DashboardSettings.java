package uk.gov.dorsetcouncil.edu.gateway.dashboard.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's settings: which client registration signs viewers in
 * ({@code spring.security.oauth2.client.registration.<id>}), and where the platform's API
 * is (empty: this gateway itself, on loopback).
 */
@ConfigurationProperties("dorset.dashboard")
public record DashboardSettings(@DefaultValue("dashboard") String registrationId, @DefaultValue("") String apiUrl) {

	public DashboardSettings {
		if (registrationId == null || registrationId.isBlank()) {
			throw new IllegalStateException(
					"set dorset.dashboard.registration-id to the OAuth 2.0 client registration the dashboard signs in with");
		}
	}

}
