package org.forecastledger.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The address a request came from, as the login throttle counts it. */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }
}
