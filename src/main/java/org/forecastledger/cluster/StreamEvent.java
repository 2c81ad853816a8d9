package org.forecastledger.cluster;

/** One event of an ordered stream ({@link ClusterStreams}): its place in the stream and what it says. */
public record StreamEvent(String stream, long seq, String payload) {
}
