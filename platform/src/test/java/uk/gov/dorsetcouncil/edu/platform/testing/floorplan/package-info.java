/**
 * Two small services for {@code DomainArchitectureTest}: one laid out as the floor plan
 * asks, one whose domain leans on a store library and on its own store.
 */
package uk.gov.dorsetcouncil.edu.platform.testing.floorplan;
