package org.forecastledger.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.forecastledger.LedgerConfig;

import java.net.URI;

/** The app's public address for absolute links (feeds, linked data): the configured one, else the request's. */
@ApplicationScoped
public class PublicAddress {

    @Inject
    LedgerConfig config;

    /** Ends with a slash. */
    public URI base(URI requestBase) {
        return config.publicUrl().map(url -> URI.create(url.toString().replaceAll("/*$", "/"))).orElse(requestBase);
    }
}
