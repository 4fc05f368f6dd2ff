/**
 * Two small modules for {@code FloorPlanTest}: one laid out as the floor plan asks, one
 * whose domain leans on a store library, on its own store, on a shared type that carries
 * a gRPC status, on generated protobuf outside a gRPC adapter, and whose features depend
 * on each other in a circle. {@code shared} stands for the platform library.
 */
package uk.gov.dorsetcouncil.edu.platform.testing.floorplan;
