package org.forecastledger.cluster;

/**
 * A message another instance published on the cluster channel ({@link ClusterChannel#publish}), fired as a CDI event
 * on this instance's listener thread. Messages from this instance itself are not fired: it acted on them already.
 */
public record ClusterMessage(String topic, String payload, String origin) {
}
